package dev.kairos.examples;

import dev.kairos.Session;
import dev.kairos.SessionBuilder;
import dev.kairos.log.LogRecord;
import dev.kairos.task.TaskDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A custom condition: the phrase {@code file {} exists}, registered on the session, used like any
 * other part of a condition. {@code main} simulates a day on which the file is there.
 */
public final class CustomConditions {
    private CustomConditions() {
    }

    public static SessionBuilder session() {
        return Session.builder()
                .phrase("file {} exists", (values, ctx) -> Files.exists(Path.of(values.get(0))))
                .task(TaskDefinition.builder("import").body(ctx -> "imported")
                        .start("daily after 06:00 & file 'data/in.csv' exists").build());
    }

    public static List<LogRecord> simulate() {
        return Simulation.run(session(), "2024-05-06T00:00:00Z", "2024-05-06T22:00:00Z");
    }

    public static void main(String[] args) {
        Simulation.print(simulate());
    }
}
