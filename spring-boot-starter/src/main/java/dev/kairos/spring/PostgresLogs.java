package dev.kairos.spring;

import dev.kairos.log.TaskLog;
import dev.kairos.postgres.PostgresTaskLog;
import dev.kairos.postgres.PostgresTaskLogBuilder;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.util.ClassUtils;

/** The PostgreSQL log, in a class of its own: loaded only when chosen, so kairos-postgres stays optional. */
final class PostgresLogs {
    private PostgresLogs() {
    }

    static boolean available() {
        return ClassUtils.isPresent("dev.kairos.postgres.PostgresTaskLog", PostgresLogs.class.getClassLoader());
    }

    static TaskLog of(DataSource dataSource, KairosProperties.Postgres p) {
        PostgresTaskLogBuilder b = PostgresTaskLog.builder(dataSource).migrate(p.isMigrate());
        try {
            // the builder checks each value against the other as it stands: set first the one that fits
            Duration beat = p.getHeartbeat() == null ? Duration.ofSeconds(2) : p.getHeartbeat();
            Duration dead = p.getDeadAfter() == null ? Duration.ofSeconds(20) : p.getDeadAfter();
            if (dead.compareTo(Duration.ofSeconds(20)) >= 0) {
                b.deadAfter(dead).heartbeat(beat);
            } else {
                b.heartbeat(beat).deadAfter(dead);
            }
            if (p.getNode() != null && !p.getNode().isBlank()) {
                b.node(p.getNode());
            }
        } catch (IllegalArgumentException e) {
            throw new StartupException("kairos.log.postgres: " + e.getMessage(), "Change kairos.log.postgres.heartbeat "
                    + "or .dead-after: the heartbeat may be at most a third of dead-after.", e);
        }
        return b.build();
    }
}
