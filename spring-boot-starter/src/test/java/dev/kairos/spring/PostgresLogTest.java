package dev.kairos.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code kairos.log.store=postgres}: the shared log in the application's own DataSource, a real PostgreSQL. */
class PostgresLogTest {
    private static EmbeddedPostgres server;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KairosAutoConfiguration.class))
            .withUserConfiguration(KairosAutoConfigurationTest.JobsConfig.class)
            .withPropertyValues("kairos.log.store=postgres");

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void the_session_keeps_its_log_in_the_applications_data_source() {
        DataSource db = server.getPostgresDatabase();
        runner.withBean(DataSource.class, () -> db).withPropertyValues("kairos.log.postgres.node=app-1").run(context -> {
            assertThat(context.getBean(KairosAutoConfigurationTest.Greeter.class).next()).isEqualTo("hello");
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (count(db, "select count(*) from kairos_log where task = 'hello' and action = 'success'") == 0
                    && System.nanoTime() < end) {
                Thread.sleep(10); // until the session has written the run's finish
            }
            assertThat(count(db, "select count(*) from kairos_log where task = 'hello' and action = 'run'")).isEqualTo(1);
            assertThat(count(db, "select count(*) from kairos_log where task = 'hello' and action = 'success'"))
                    .isEqualTo(1);
            assertThat(count(db, "select count(*) from kairos_node where name = 'app-1'")).isEqualTo(1);
        });
    }

    @Test
    void a_longer_heartbeat_and_lease_are_taken_in_either_order_and_a_bad_pair_is_refused_by_name() {
        DataSource db = server.getPostgresDatabase();
        runner.withBean(DataSource.class, () -> db).withPropertyValues("kairos.log.postgres.heartbeat=10s",
                "kairos.log.postgres.dead-after=60s").run(context -> assertThat(context).hasNotFailed());
        runner.withBean(DataSource.class, () -> db).withPropertyValues("kairos.log.postgres.heartbeat=1s",
                "kairos.log.postgres.dead-after=5s").run(context -> assertThat(context).hasNotFailed());
        runner.withBean(DataSource.class, () -> db).withPropertyValues("kairos.log.postgres.heartbeat=10s",
                "kairos.log.postgres.dead-after=20s").run(context -> assertThat(new FailureAnalyzer()
                        .analyze(context.getStartupFailure()).getDescription())
                        .startsWith("Kairos could not start: kairos.log.postgres: heartbeat must be at most a third"));
    }

    @Test
    void without_a_data_source_the_start_fails_saying_so() {
        runner.run(context -> assertThat(new FailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
                .isEqualTo("Kairos could not start: kairos.log.store is postgres but the application has no DataSource"));
    }

    private static long count(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
