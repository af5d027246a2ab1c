package dev.kairos.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatcherTest {
    @TempDir
    Path dir;

    @Test
    void a_watching_loader_picks_up_a_new_file_and_a_new_subdirectory() throws Exception {
        BlockingQueue<SyncResult> syncs = new LinkedBlockingQueue<>();
        try (Fixture f = new Fixture(dir, b -> b.quietPeriod(Duration.ZERO).onSync(r -> {
            if (r.changedTasks()) {
                syncs.add(r);
            }
        }))) {
            f.loader.watch();
            f.write("a.task", "command = true\n");
            // Waits for the sync the change causes (an event), not for a fixed time.
            SyncResult r = syncs.poll(30, TimeUnit.SECONDS);
            assertEquals(List.of("a"), r == null ? null : r.added());
            f.write("sub/b.task", "command = true\n");
            r = syncs.poll(30, TimeUnit.SECONDS);
            assertTrue(r != null && (r.added().contains("b") || f.session().taskNames().contains("b")),
                    String.valueOf(r));
        }
    }
}
