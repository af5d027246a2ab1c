package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A history written and read back answers as the one written, and goes on alike. */
class InMemoryHistoryWriteTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
    private static final List<String> TASKS = List.of("fetch", "load", "a,b", "\u0000odd", "ünïcode");

    /** One made-up record: mostly in order, some late, some without run ids, runs left open. */
    private record Rec(String task, Action action, Instant at, String runId) {
    }

    private static List<Rec> records(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Rec> out = new ArrayList<>();
        Instant at = T0;
        long run = 0;
        for (int i = 0; i < count; i++) {
            at = at.plusNanos(random.nextLong(1, 90_000_000_000L));
            String task = TASKS.get(random.nextInt(TASKS.size()));
            Action action = Action.values()[random.nextInt(Action.values().length)];
            Instant when = random.nextInt(10) == 0 ? at.minusSeconds(random.nextInt(1, 600)) : at;
            String id = random.nextInt(8) == 0 ? null
                    : Long.toString(action == Action.RUN ? ++run : Math.max(1, run - random.nextInt(3)));
            out.add(new Rec(task, action, when, id));
        }
        return out;
    }

    private static void feed(InMemoryHistory h, List<Rec> records) {
        records.forEach(r -> h.record(r.task(), r.action(), r.at(), r.runId()));
    }

    private static byte[] bytes(InMemoryHistory h) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        h.write(new DataOutputStream(b));
        return b.toByteArray();
    }

    private static InMemoryHistory read(byte[] bytes) throws IOException {
        return InMemoryHistory.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    /** Every answer of every task's history at instants around each record. */
    private static List<Object> answers(InMemoryHistory h, List<Rec> probes) {
        List<Object> out = new ArrayList<>();
        for (String task : TASKS) {
            TaskHistory t = h.of(task);
            out.add(List.of(t.liveRuns(), t.failuresInARow(), String.valueOf(t.oldestLiveStart()),
                    String.valueOf(t.newestLiveStart())));
            out.add(h.openRuns(task));
            for (Action a : Action.values()) {
                out.add(String.valueOf(t.latest(a)));
                for (Rec p : probes) {
                    out.add(String.valueOf(t.latestBefore(a, p.at())));
                    out.add(String.valueOf(t.latestBefore(a, p.at().plusNanos(1))));
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 16, Integer.MAX_VALUE})
    void a_history_read_back_answers_as_the_one_written_and_goes_on_alike(int depth) throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            List<Rec> before = records(seed, 400);
            List<Rec> after = records(seed + 1000, 200).stream()
                    .map(r -> new Rec(r.task(), r.action(), r.at().plusSeconds(400L * 90), r.runId())).toList();
            InMemoryHistory written = depth == Integer.MAX_VALUE ? new InMemoryHistory() : InMemoryHistory.bounded(depth);
            feed(written, before);
            InMemoryHistory back = read(bytes(written));
            assertEquals(depth, back.depth());
            assertEquals(written.tasks(), back.tasks());
            assertEquals(answers(written, before), answers(back, before), "seed " + seed);
            assertArrayEquals(bytes(written), bytes(back));
            feed(written, after);
            feed(back, after);
            List<Rec> all = new ArrayList<>(before);
            all.addAll(after);
            assertEquals(answers(written, all), answers(back, all), "seed " + seed + ", after more records");
            assertArrayEquals(bytes(written), bytes(back));
        }
    }

    @Test
    void a_streak_of_failures_longer_than_the_bound_is_kept() throws IOException {
        InMemoryHistory h = InMemoryHistory.bounded(2);
        for (int i = 0; i < 50; i++) {
            h.record("t", Action.RUN, T0.plusSeconds(2L * i), Integer.toString(i));
            h.record("t", Action.FAIL, T0.plusSeconds(2L * i + 1), Integer.toString(i));
        }
        h.record("t", Action.RUN, T0.plusSeconds(100), "50");
        InMemoryHistory back = read(bytes(h));
        assertEquals(50, back.of("t").failuresInARow());
        assertEquals(1, back.of("t").liveRuns());
        assertEquals(T0.plusSeconds(97), back.of("t").latestBefore(Action.FAIL, T0.plusSeconds(98)));
        assertEquals(T0.plusSeconds(95), back.of("t").latestBefore(Action.FAIL, T0.plusSeconds(97)),
                "the latest dropped instant is kept");
        back.record("t", Action.SUCCESS, T0.plusSeconds(101), "50");
        assertEquals(0, back.of("t").failuresInARow());
        assertEquals(0, back.of("t").liveRuns());
    }

    @Test
    void what_is_not_a_written_history_is_refused() throws IOException {
        InMemoryHistory h = InMemoryHistory.bounded(4);
        feed(h, records(7, 100));
        byte[] good = bytes(h);
        for (int cut : new int[] {0, 3, 4, 11, good.length / 2, good.length - 1}) {
            byte[] shorter = java.util.Arrays.copyOf(good, cut);
            assertThrows(IOException.class, () -> read(shorter), "cut at " + cut);
        }
        byte[] otherFormat = good.clone();
        otherFormat[3] = 9;
        IOException e = assertThrows(IOException.class, () -> read(otherFormat));
        assertEquals("not a task history of format 1 (format 9)", e.getMessage());
        byte[] noDepth = good.clone();
        noDepth[7] = 0;
        assertEquals("a history bound of 0", assertThrows(IOException.class, () -> read(noDepth)).getMessage());
    }
}
