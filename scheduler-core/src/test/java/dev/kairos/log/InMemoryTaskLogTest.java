package dev.kairos.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryTaskLogTest {
    private static final Instant T = Instant.parse("2024-05-01T08:00:00Z");
    private static final LogRecord A = LogRecord.started("a", "1", T);
    private static final LogRecord B = LogRecord.started("b", "2", T.plusSeconds(1));

    @Test
    void replay_returns_what_was_appended_in_order_without_problems() throws Exception {
        TaskLog log = TaskLog.inMemory();
        log.append(List.of(A, B));
        List<LogRecord> back = new ArrayList<>();
        assertEquals(List.of(), log.replay(ZoneOffset.UTC, back::add));
        assertEquals(List.of(A, B), back);
    }

    @Test
    void a_tail_returns_the_records_from_the_start_then_those_appended_since_each_poll() throws Exception {
        TaskLog log = TaskLog.inMemory();
        log.append(A);
        try (LogTail tail = log.follow(ZoneOffset.UTC)) {
            assertEquals(new LogTail.Batch(List.of(A), List.of()), tail.poll());
            assertEquals(new LogTail.Batch(List.of(), List.of()), tail.poll());
            log.append(B);
            assertEquals(List.of(B), tail.poll().records());
        }
    }

    @Test
    void a_closed_tail_cannot_be_polled() throws Exception {
        LogTail tail = TaskLog.inMemory().follow(ZoneOffset.UTC);
        tail.close();
        assertThrows(IllegalStateException.class, tail::poll);
    }
}
