package dev.kairos.internal.loop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import dev.kairos.log.TaskLog;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running session keeps its checkpoint every so many records, and when it stops. */
class RecorderCheckpointTest {
    private static final Instant T = Instant.parse("2024-06-01T00:00:00Z");

    @TempDir
    Path dir;

    /** A pass's records: a run and its success for each of 100 tasks. */
    private static List<LogRecord> pass(int n) {
        List<LogRecord> out = new ArrayList<>();
        for (int t = 0; t < 100; t++) {
            Instant at = T.plusSeconds(n).plusMillis(t);
            String id = Integer.toString(n * 100 + t + 1);
            out.add(LogRecord.started("t" + t, id, at));
            out.add(LogRecord.finished("t" + t, id, Action.SUCCESS, at, at.plusNanos(1), "", null));
        }
        return out;
    }

    private static byte[] bytes(StatusCache cache) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        cache.save(new DataOutputStream(b));
        return b.toByteArray();
    }

    @Test
    void a_checkpoint_is_kept_every_hundred_thousand_records_and_at_the_close() throws Exception {
        Path file = dir.resolve("log.csv");
        Path checkpoint = dir.resolve("log.csv.checkpoint");
        StatusCache cache = new StatusCache();
        Recorder recorder = new Recorder(TaskLog.csv(file), cache, Fixtures.NO_HOOKS);
        recorder.replay(ZoneOffset.UTC, id -> { });
        int passes = (int) (Recorder.CHECKPOINT_EVERY / 200); // 200 records a pass
        for (int n = 0; n < passes - 1; n++) {
            recorder.commit(pass(n), task -> { });
        }
        assertFalse(Files.exists(checkpoint), "not before 100,000 records");
        recorder.commit(pass(passes - 1), task -> { });
        assertTrue(Files.exists(checkpoint), "after 100,000 records");
        byte[] kept = Files.readAllBytes(checkpoint);
        recorder.commit(pass(passes), task -> { });
        recorder.close();
        assertFalse(java.util.Arrays.equals(kept, Files.readAllBytes(checkpoint)), "the close kept another");

        StatusCache again = new StatusCache();
        List<String> replayed = new ArrayList<>();
        Recorder next = new Recorder(TaskLog.csv(file), again, Fixtures.NO_HOOKS);
        next.replay(ZoneOffset.UTC, replayed::add);
        assertEquals(List.of(Integer.toString((passes + 1) * 100)), replayed,
                "no record is read again, only the highest run id is handed over");
        assertArrayEquals(bytes(cache), bytes(again));
        next.close();
    }
}
