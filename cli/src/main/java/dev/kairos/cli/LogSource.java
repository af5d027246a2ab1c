package dev.kairos.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.kairos.condition.InMemoryHistory;
import dev.kairos.log.LogRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The history the read-only commands evaluate against: a CSV file or a shared database. */
final class LogSource {
    private LogSource() {
    }

    /** Every record of the database's log, in log order; the schema must be there already. */
    static List<LogRecord> read(DatabaseOptions db, ZoneId zone) {
        List<LogRecord> records = new ArrayList<>();
        try (HikariDataSource source = db.dataSource()) {
            db.log(source, false).replay(zone, records::add);
        } catch (IOException e) {
            throw new BadInputException("cannot read the task log in " + db.url + ": " + e.getMessage(), e);
        }
        return records;
    }

    /** The history up to and including {@code now}, from the database if given, else the file (or none). */
    static InMemoryHistory history(Path file, DatabaseOptions db, ZoneId zone, Instant now) {
        if (file != null && db.given()) {
            throw new BadInputException("--log and --db both name a task log; give one");
        }
        if (!db.given()) {
            return file == null ? new InMemoryHistory() : LogFiles.history(file, zone, now);
        }
        InMemoryHistory history = new InMemoryHistory();
        for (LogRecord r : read(db, zone)) {
            if (!r.created().isAfter(now)) {
                history.record(r.task(), r.action(), r.created(), r.runId());
            }
        }
        return history;
    }
}
