package dev.kairos.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogTailTest {

    @Test
    void a_batch_keeps_a_copy_of_its_lists() {
        List<LogRecord> records = new ArrayList<>(List.of(LogRecord.started("a", "1", Instant.EPOCH)));
        LogTail.Batch batch = new LogTail.Batch(records, List.of());
        records.clear();
        assertEquals(1, batch.records().size());
        assertThrows(UnsupportedOperationException.class, () -> batch.records().clear());
    }

    @Test
    void a_batch_refuses_null_lists_and_null_elements() {
        assertThrows(NullPointerException.class, () -> new LogTail.Batch(null, List.of()));
        assertThrows(NullPointerException.class, () -> new LogTail.Batch(List.of(), Arrays.asList((LogProblem) null)));
    }
}
