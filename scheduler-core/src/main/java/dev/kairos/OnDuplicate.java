package dev.kairos;

/** What a session does when a task is added under a name that a task of the session has already. */
public enum OnDuplicate {
    /** Refuse the new task with an {@link IllegalArgumentException} naming the task. The default. */
    RAISE,
    /** Replace the old task; its runs still going on finish and are recorded as usual. */
    REPLACE,
    /** Keep the old task and drop the new one (with a log line). */
    IGNORE,
    /** Add the new task as {@code name-2} (or {@code name-3}, … the first free name). */
    RENAME
}
