package dev.kairos.loaders;

/** The kinds of task files. */
enum FileKind {
    JAVA, JAR, TASK
}
