package dev.kairos.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The two replicas on a real PostgreSQL: each run once, none within 2 seconds of another. */
class SharedScheduleTest {

    @Test
    void the_replicas_share_the_schedule() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            SharedSchedule.run(server.getPostgresDatabase(), Duration.ofSeconds(7));
            List<Instant> starts = new ArrayList<>();
            Set<String> nodes = new HashSet<>();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select l.created, n.name, (select count(*) from kairos_log f "
                            + "where f.run_id = l.run_id and f.action = 'success') from kairos_log l join kairos_node n "
                            + "on n.id = l.node where l.task = 'report' and l.action = 'run' order by l.created")) {
                while (rs.next()) {
                    starts.add(rs.getTimestamp(1).toInstant());
                    nodes.add(rs.getString(2));
                    assertEquals(1, rs.getInt(3), "each run succeeded once");
                }
            }
            assertFalse(starts.isEmpty());
            for (int i = 1; i < starts.size(); i++) {
                assertTrue(Duration.between(starts.get(i - 1), starts.get(i)).toMillis() >= 1_999,
                        "two runs within 2 seconds: " + starts);
            }
            assertTrue(Set.of("replica-1", "replica-2").containsAll(nodes), nodes.toString());
        }
    }
}
