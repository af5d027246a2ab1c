package dev.kairos.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.postgres.Cluster.Row;
import dev.kairos.postgres.Invariants.Run;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several sessions in JVMs of their own on one real PostgreSQL database: each run starts on one of
 * them, whatever happens to the nodes or to the database. The waits are for things to happen in
 * the database, bounded only by each test's timeout.
 */
class ClusterTest {
    private static final long HEARTBEAT = 1_000;
    private static final long DEAD_AFTER = 6_000;

    @Test
    @Timeout(240)
    void three_nodes_for_a_minute_behave_as_one_scheduler() throws Exception {
        try (Cluster c = new Cluster("three-nodes")) {
            for (String n : List.of("a", "b", "c")) {
                c.start(n, 2_000, 20_000, 200);
            }
            Thread.sleep(60_000); // the test is "for a minute": what the nodes do meanwhile is checked after
            c.stopAll();
            List<Row> rows = c.rows();
            Map<String, List<Run>> runs = Invariants.check(rows);
            assertEquals(205, runs.size(), "every task ran: " + runs.keySet());
            Set<String> writers = rows.stream().filter(r -> r.action().equals("run")).map(Row::nodeName)
                    .collect(Collectors.toSet());
            assertEquals(Set.of("a", "b", "c"), writers, "every node started runs");
            assertTrue(runs.get(ClusterTasks.MULTI).size() > 1);
        }
    }

    @Test
    @Timeout(180)
    void a_killed_nodes_runs_are_recorded_crashed_and_its_tasks_go_on_elsewhere() throws Exception {
        try (Cluster c = new Cluster("sigkill")) {
            for (String n : List.of("a", "b", "c")) {
                c.start(n, HEARTBEAT, DEAD_AFTER, 10);
            }
            String victim = awaitOpenSlowRun(c);
            c.node(victim).destroyForcibly(); // SIGKILL
            c.node(victim).waitFor();
            Instant killedAt = Instant.now();
            List<String> open = openRuns(c, victim);
            assertFalse(open.isEmpty());
            c.await("select count(*) = " + open.size() + " from kairos_log where action = 'crash' and run_id in ("
                    + quoted(open) + ")");
            c.await("select exists (select 1 from kairos_log l join kairos_node n on n.id = l.node where l.task = '"
                    + ClusterTasks.SLOW + "' and l.action = 'run' and n.name <> '" + victim + "' and l.created > "
                    + "(select max(created) from kairos_log where action = 'crash'))");
            Instant crashedAt = c.query("select max(created) from kairos_log where action = 'crash'",
                    rs -> rs.getTimestamp(1).toInstant()).get(0);
            Instant lastBeat = c.query("select heartbeat from kairos_node where name = '" + victim + "'",
                    rs -> rs.getTimestamp(1).toInstant()).get(0);
            assertFalse(crashedAt.isBefore(lastBeat.plusMillis(DEAD_AFTER)), "declared dead only after the bound");
            System.out.println("sigkill: crash recorded " + Duration.between(killedAt, crashedAt).toMillis()
                    + " ms after the kill, " + Duration.between(lastBeat, crashedAt).toMillis()
                    + " ms after its last heartbeat");
            c.stopAll();
            Invariants.check(c.rows());
        }
    }

    @Test
    @Timeout(180)
    void a_node_paused_past_the_bound_fences_itself_and_records_no_second_outcome() throws Exception {
        try (Cluster c = new Cluster("sigstop")) {
            for (String n : List.of("a", "b")) {
                c.start(n, HEARTBEAT, DEAD_AFTER, 10);
            }
            String victim = awaitOpenSlowRun(c);
            c.signal(victim, "STOP");
            List<String> open = openRuns(c, victim);
            c.await("select count(*) = " + open.size() + " from kairos_log where action = 'crash' and run_id in ("
                    + quoted(open) + ")");
            c.signal(victim, "CONT");
            c.await("select count(*) = 2 from kairos_node where name = '" + victim + "'"); // it noticed, came back
            c.await("select exists (select 1 from kairos_log l join kairos_node n on n.id = l.node and not n.dead "
                    + "where n.name = '" + victim + "' and l.action = 'run')"); // and runs tasks again
            c.stopAll();
            Invariants.check(c.rows());
            assertTrue(c.output(victim).contains("was declared dead by another"), c.output(victim));
        }
    }

    @Test
    @Timeout(180)
    void a_database_restart_loses_no_record_and_duplicates_none() throws Exception {
        try (Cluster c = new Cluster("restart")) {
            for (String n : List.of("a", "b")) {
                c.start(n, 2_000, 20_000, 20);
            }
            c.await("select count(*) > 100 from kairos_log where action <> 'run'");
            long before = c.query("select max(seq) from kairos_log", rs -> rs.getLong(1)).get(0);
            TestDatabase.restart(() -> sleep(2_000));
            c.await("select count(*) > 100 from kairos_log where action = 'run' and seq > " + before);
            c.stopAll();
            Invariants.check(c.rows());
            for (String n : List.of("a", "b")) {
                assertTrue(c.output(n).contains("reachable again"), c.output(n));
            }
        }
    }

    @Test
    @Timeout(180)
    void a_database_away_past_the_bound_fences_every_node_and_declares_none_dead() throws Exception {
        try (Cluster c = new Cluster("outage")) {
            for (String n : List.of("a", "b")) {
                c.start(n, HEARTBEAT, DEAD_AFTER, 10);
            }
            awaitOpenSlowRun(c);
            long before = c.query("select max(seq) from kairos_log", rs -> rs.getLong(1)).get(0);
            TestDatabase.restart(() -> sleep(DEAD_AFTER + 2_000)); // longer than anyone's lease
            c.await("select count(*) > 20 from kairos_log where action = 'run' and seq > " + before);
            c.stopAll();
            Invariants.check(c.rows());
            assertEquals(List.of(0L), c.query("select count(*) from kairos_log where action = 'crash'",
                    rs -> rs.getLong(1)), "an outage for everyone declares nobody dead");
            for (String n : List.of("a", "b")) {
                assertTrue(c.output(n).contains("it is fenced"), c.output(n));
            }
        }
    }

    /** Waits until some node has a run of the slow task open; returns that node's name. */
    private static String awaitOpenSlowRun(Cluster c) throws InterruptedException {
        String open = "select n.name from kairos_log l join kairos_node n on n.id = l.node where l.task = '"
                + ClusterTasks.SLOW + "' and l.action = 'run' and not exists (select 1 from kairos_log f where "
                + "f.run_id = l.run_id and f.action <> 'run') and l.created < now() - interval '500 milliseconds'";
        for (List<String> names = c.query(open, rs -> rs.getString(1)); ; names = c.query(open, rs -> rs.getString(1))) {
            if (!names.isEmpty()) {
                return names.get(0);
            }
            Thread.sleep(50);
        }
    }

    private static List<String> openRuns(Cluster c, String node) {
        return c.query("select l.run_id from kairos_log l join kairos_node n on n.id = l.node where n.name = '" + node
                + "' and l.action = 'run' and not exists (select 1 from kairos_log f where f.run_id = l.run_id and "
                + "f.action <> 'run')", rs -> rs.getString(1));
    }

    private static String quoted(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
