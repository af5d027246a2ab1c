package dev.kairos.spring;

import dev.kairos.log.TaskLog;
import dev.kairos.postgres.PostgresTaskLog;
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
        PostgresTaskLog.Builder b = PostgresTaskLog.builder(dataSource).migrate(p.isMigrate())
                .heartbeat(p.getHeartbeat()).deadAfter(p.getDeadAfter());
        if (p.getNode() != null && !p.getNode().isBlank()) {
            b.node(p.getNode());
        }
        return b.build();
    }
}
