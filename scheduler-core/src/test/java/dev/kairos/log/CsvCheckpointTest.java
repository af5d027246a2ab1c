package dev.kairos.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import dev.kairos.condition.InMemoryHistory;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV log's checkpoint: a replay from it gives the state a replay of every record gives, and a
 * checkpoint that does not match the log (damaged, stale, another file, another zone) is never used.
 */
class CsvCheckpointTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant T = Instant.parse("2024-06-01T06:00:00Z");

    @TempDir
    Path dir;

    /** A session's state as the tests see it: a bounded history fed with the records, its bytes compared. */
    private static final class State implements ReplayState {
        InMemoryHistory history = InMemoryHistory.bounded(4);
        final List<LogRecord> fed = new ArrayList<>();

        void add(LogRecord r) {
            fed.add(r);
            history.record(r.task(), r.action(), r.created(), r.runId());
        }

        @Override
        public void save(DataOutput out) throws IOException {
            history.write(out);
        }

        @Override
        public void load(DataInput in) throws IOException {
            InMemoryHistory read = InMemoryHistory.read(in);
            if (read.depth() != history.depth()) {
                throw new IOException("depth " + read.depth());
            }
            history = read;
        }

        byte[] bytes() throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            history.write(new DataOutputStream(b));
            return b.toByteArray();
        }
    }

    /** Runs of five tasks, {@code from} to {@code from + count}: a run and a finish each, some failing. */
    private static List<LogRecord> runs(int from, int count) {
        List<LogRecord> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String task = "task-" + i % 5;
            Instant start = T.plusSeconds(60L * i);
            out.add(LogRecord.started(task, Integer.toString(i + 1), start));
            out.add(LogRecord.finished(task, Integer.toString(i + 1), i % 3 == 0 ? Action.FAIL : Action.SUCCESS,
                    start, start.plusMillis(1500), i % 3 == 0 ? "said \"no\",\nthen left" : "", null));
        }
        return out;
    }

    /** A session: replays (from the checkpoint if it can), appends {@code records} in passes of 7, checkpoints, stops. */
    private State session(Path file, List<LogRecord> records, boolean checkpoint) throws IOException {
        State state = new State();
        try (TaskLog log = TaskLog.csv(file)) {
            log.replay(PARIS, state::add, state);
            for (int i = 0; i < records.size(); i += 7) {
                List<LogRecord> pass = records.subList(i, Math.min(records.size(), i + 7));
                log.append(pass);
                pass.forEach(state::add);
            }
            if (checkpoint) {
                assertTrue(log.checkpoint(state));
            }
        }
        return state;
    }

    /** A replay with a state: the state and the records handed over. */
    private State replay(Path file, ZoneId zone, List<LogProblem> problems) throws IOException {
        State state = new State();
        try (TaskLog log = TaskLog.csv(file)) {
            problems.addAll(log.replay(zone, state::add, state));
        }
        return state;
    }

    /** What a replay of every record gives. */
    private State full(Path file, ZoneId zone) throws IOException {
        State state = new State();
        try (TaskLog log = TaskLog.csv(file)) {
            log.replay(zone, state::add);
        }
        return state;
    }

    private static Path checkpointOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".checkpoint");
    }

    @Test
    void a_replay_from_the_checkpoint_hands_over_only_later_records_and_ends_in_the_same_state() throws IOException {
        Path file = dir.resolve("log.csv");
        session(file, runs(0, 300), true);
        State first = replay(file, PARIS, new ArrayList<>());
        assertEquals(List.of(), first.fed, "every record is in the checkpoint");
        assertArrayEquals(full(file, PARIS).bytes(), first.bytes());

        session(file, runs(300, 40), false); // a session that stopped without a checkpoint (killed)
        List<LogProblem> problems = new ArrayList<>();
        State second = replay(file, PARIS, problems);
        assertEquals(runs(300, 40), second.fed, "only the records after the checkpoint");
        assertEquals(List.of(), problems);
        assertArrayEquals(full(file, PARIS).bytes(), second.bytes());
    }

    @Test
    void the_highest_run_id_of_the_records_before_the_checkpoint_is_known_without_them() throws IOException {
        Path file = dir.resolve("log.csv");
        session(file, runs(0, 50), true);
        Files.delete(file.resolveSibling("log.csv.ids"));
        try (TaskLog log = TaskLog.csv(file)) {
            State state = new State();
            log.replay(PARIS, state::add, state);
            assertEquals(List.of(), state.fed);
            assertEquals("50", log.lastRunId().orElseThrow());
        }
    }

    @Test
    void a_problem_after_the_checkpoint_is_reported_at_its_line_in_the_file() throws IOException {
        Path file = dir.resolve("log.csv");
        session(file, runs(0, 30), true); // messages with line breaks: 30 records span more than 60 lines
        long lines = Files.readString(file).chars().filter(c -> c == '\n').count();
        Files.writeString(file, "not a time,task-1,run,99,,,,,\n", StandardOpenOption.APPEND);
        List<LogProblem> fromCheckpoint = new ArrayList<>();
        replay(file, PARIS, fromCheckpoint);
        List<LogProblem> fromStart = new ArrayList<>();
        try (TaskLog log = TaskLog.csv(file)) {
            fromStart.addAll(log.replay(PARIS, r -> { }));
        }
        assertEquals(1, fromCheckpoint.size());
        assertEquals(lines + 1, fromCheckpoint.get(0).line());
        assertEquals(fromStart, fromCheckpoint);
    }

    @Test
    void a_damaged_or_cut_checkpoint_is_ignored_and_every_record_read() throws IOException {
        Path file = dir.resolve("log.csv");
        session(file, runs(0, 100), true);
        byte[] good = Files.readAllBytes(checkpointOf(file));
        for (int at : new int[] {0, 30, good.length / 2, good.length - 1}) {
            byte[] bad = good.clone();
            bad[at] ^= 0x20;
            Files.write(checkpointOf(file), bad);
            assertEverythingReplayed(file, PARIS, "a byte changed at " + at);
        }
        for (int length : new int[] {0, 5, good.length / 2, good.length - 1}) {
            Files.write(checkpointOf(file), java.util.Arrays.copyOf(good, length));
            assertEverythingReplayed(file, PARIS, "cut to " + length + " bytes");
        }
    }

    @Test
    void a_checkpoint_of_a_log_rewritten_in_place_in_the_bytes_it_checks_is_ignored() throws IOException {
        Path file = dir.resolve("log.csv");
        session(file, runs(0, 2000), true);
        long size = Files.size(file);
        long block = (size - CsvCheckpoint.BLOCK) / CsvCheckpoint.BLOCKS;
        for (long at : new long[] {100, block * 16 + 100, block * 31 + 4000, size - CsvCheckpoint.TAIL + 7, size - 100}) {
            byte[] copy = Files.readAllBytes(file);
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.seek(at);
                int b = raf.read();
                raf.seek(at);
                raf.write(Character.isDigit(b) ? (b == '9' ? '8' : b + 1) : b); // the file stays readable
            }
            if (!java.util.Arrays.equals(copy, Files.readAllBytes(file))) {
                assertEverythingReplayed(file, PARIS, "a byte changed at " + at + " of " + size);
            }
            Files.write(file, copy, StandardOpenOption.TRUNCATE_EXISTING);
        }
    }

    @Test
    void a_checkpoint_of_another_file_a_shorter_log_or_another_zone_is_ignored() throws IOException {
        Path file = dir.resolve("log.csv");
        session(file, runs(0, 100), true);
        assertEverythingReplayed(file, ZoneId.of("Asia/Kolkata"), "another zone");

        Path copy = dir.resolve("copy.csv");
        Files.copy(file, copy);
        Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING); // the same bytes, another file
        assertEverythingReplayed(file, PARIS, "another file at the path");

        session(file, runs(100, 10), true);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() - lines.get(lines.size() - 1).length() - 1); // copytruncate's cousin
        }
        assertEverythingReplayed(file, PARIS, "a log shorter than the checkpoint");
    }

    @Test
    void a_checkpoint_the_state_refuses_is_ignored() throws IOException {
        Path file = dir.resolve("log.csv");
        session(file, runs(0, 20), true);
        List<LogRecord> fed = new ArrayList<>();
        ReplayState refusing = new ReplayState() {
            @Override
            public void save(DataOutput out) {
            }

            @Override
            public void load(DataInput in) throws IOException {
                throw new IOException("another depth");
            }
        };
        try (TaskLog log = TaskLog.csv(file)) {
            log.replay(PARIS, fed::add, refusing);
        }
        assertEquals(full(file, PARIS).fed, fed);
    }

    @Test
    void no_checkpoint_is_made_once_the_file_was_replaced_under_the_session() throws IOException {
        Path file = dir.resolve("log.csv");
        State state = new State();
        try (TaskLog log = TaskLog.csv(file)) {
            log.replay(PARIS, state::add, state);
            log.append(runs(0, 10));
            runs(0, 10).forEach(state::add);
            Files.move(file, dir.resolve("log.csv.1")); // rotated: the state now holds records the file does not
            log.append(runs(10, 2));
            runs(10, 2).forEach(state::add);
            assertFalse(log.checkpoint(state));
        }
        assertFalse(Files.exists(checkpointOf(file)));
    }

    @Test
    void a_log_kept_by_checkpoints_over_several_sessions_replays_as_the_whole_log() throws IOException {
        Path file = dir.resolve("log.csv");
        for (int s = 0; s < 6; s++) {
            session(file, runs(s * 50, 50), s % 2 == 0);
        }
        State state = replay(file, PARIS, new ArrayList<>());
        assertArrayEquals(full(file, PARIS).bytes(), state.bytes());
        assertEquals(runs(250, 50), state.fed, "the last session made no checkpoint");
    }

    private void assertEverythingReplayed(Path file, ZoneId zone, String why) throws IOException {
        State whole = full(file, zone);
        State state = replay(file, zone, new ArrayList<>());
        assertEquals(whole.fed, state.fed, why + ": every record is read");
        assertArrayEquals(whole.bytes(), state.bytes(), why);
    }

    @Test
    void lines_are_counted_as_the_reader_counts_them() throws IOException {
        Path file = dir.resolve("lines.csv");
        Files.writeString(file, "a\nb\r\nc\rd\r\n\n");
        CsvCheckpoint c = new CsvCheckpoint(file);
        assertEquals(6, c.lineAt(0, 1, Files.size(file)));
        assertEquals(3, c.lineAt(0, 1, 5));
        assertEquals(6, c.lineAt(5, 3, Files.size(file)));
    }
}
