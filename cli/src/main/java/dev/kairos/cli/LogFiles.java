package dev.kairos.cli;

import dev.kairos.condition.InMemoryHistory;
import dev.kairos.log.LogProblem;
import dev.kairos.log.LogRecord;
import dev.kairos.log.TaskLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Reads task log files for the commands that evaluate conditions. */
final class LogFiles {
    private LogFiles() {
    }

    /** Every readable record of the log; unreadable lines are skipped (they are the session's to report). */
    static List<LogRecord> read(Path file, ZoneId zone) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("cannot read the task log '" + file + "': "
                    + (Files.exists(file) ? "it is not a file" : "no such file")
                    + "; give the CSV log a session writes, e.g. --log logs/tasks.csv");
        }
        List<LogRecord> records = new ArrayList<>();
        List<LogProblem> problems;
        try (TaskLog log = TaskLog.csv(file)) {
            problems = log.replay(zone, records::add);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("cannot read the task log '" + file + "': " + e.getMessage()
                    + "; give the CSV log a session writes (header created,task,action,…)", e);
        }
        if (records.isEmpty() && !problems.isEmpty() && problems.stream().noneMatch(LogProblem::truncated)) {
            throw new BadInputException("cannot read the task log '" + file + "': " + problems.get(0)
                    + "; give the CSV log a session writes (header created,task,action,…)");
        }
        return records;
    }

    /** The history of the log up to and including {@code now}: records created later are left out. */
    static InMemoryHistory history(Path file, ZoneId zone, Instant now) {
        InMemoryHistory history = new InMemoryHistory();
        for (LogRecord r : read(file, zone)) {
            if (!r.created().isAfter(now)) {
                history.record(r.task(), r.action(), r.created(), r.runId());
            }
        }
        return history;
    }
}
