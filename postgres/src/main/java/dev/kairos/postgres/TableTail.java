package dev.kairos.postgres;

import dev.kairos.log.LogRecord;
import dev.kairos.log.LogTail;
import dev.kairos.postgres.Rows.Row;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A read-only tail of {@code kairos_log}: every settled row, each once, in log order. */
final class TableTail implements LogTail {
    private final Link link;
    private final Cursor cursor = new Cursor();
    private boolean closed;

    TableTail(Link link) {
        this.link = link;
    }

    @Override
    public Batch poll() throws IOException {
        if (closed) {
            throw new IllegalStateException("the tail is closed");
        }
        List<LogRecord> records = new ArrayList<>();
        try {
            for (Cursor.Chunk chunk = cursor.next(link.get(), 10_000); ; chunk = cursor.next(link.get(), 10_000)) {
                for (Row r : chunk.rows()) {
                    records.add(r.record());
                }
                if (!chunk.full()) {
                    return new Batch(records, List.of());
                }
            }
        } catch (SQLException e) {
            link.reset();
            if (!records.isEmpty()) {
                return new Batch(records, List.of()); // the cursor is past them; the failure shows at the next poll
            }
            throw new IOException("cannot read the task log: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        link.close();
    }
}
