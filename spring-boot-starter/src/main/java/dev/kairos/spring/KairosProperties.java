package dev.kairos.spring;

import dev.kairos.task.Execution;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code kairos.*} properties of the starter: what the session of the application looks like.
 * A property left out keeps the session's default; a bad value fails the context start naming the
 * property. What properties cannot say, a {@link KairosSessionCustomizer} can.
 */
@ConfigurationProperties(prefix = "kairos")
public class KairosProperties {
    /** Whether the starter makes a session at all. */
    private boolean enabled = true;

    /** The zone of the session's periods ("daily", "time of day"); the JVM's zone when not set. */
    private ZoneId zone;

    /** Pool threads for THREAD runs. */
    private int threads = 10;

    /** Child JVMs at once for PROCESS runs. */
    private int processes = 2;

    /** Where the runs of a task that names no execution go: main, thread or process. */
    private Execution defaultExecution = Execution.THREAD;

    /** How long a run of a task that gives no timeout may take; no limit when not set. */
    private Duration defaultTimeout;

    /** How long runs going on may finish at shutdown before they are terminated. */
    private Duration shutdownWait = Duration.ofSeconds(30);

    /** Session parameters, given to every task's runs (a task's own win). */
    private Map<String, String> parameters = new LinkedHashMap<>();

    /** The task log. */
    private final Log log = new Log();

    /** Task files to load. */
    private final Tasks tasks = new Tasks();

    /** The dashboard (with kairos-dashboard on the class path). */
    private final Dashboard dashboard = new Dashboard();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    public int getThreads() {
        return threads;
    }

    public void setThreads(int threads) {
        this.threads = threads;
    }

    public int getProcesses() {
        return processes;
    }

    public void setProcesses(int processes) {
        this.processes = processes;
    }

    public Execution getDefaultExecution() {
        return defaultExecution;
    }

    public void setDefaultExecution(Execution defaultExecution) {
        this.defaultExecution = defaultExecution;
    }

    public Duration getDefaultTimeout() {
        return defaultTimeout;
    }

    public void setDefaultTimeout(Duration defaultTimeout) {
        this.defaultTimeout = defaultTimeout;
    }

    public Duration getShutdownWait() {
        return shutdownWait;
    }

    public void setShutdownWait(Duration shutdownWait) {
        this.shutdownWait = shutdownWait;
    }

    public Map<String, String> getParameters() {
        return parameters;
    }

    public void setParameters(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    public Log getLog() {
        return log;
    }

    public Tasks getTasks() {
        return tasks;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    /** Where the session keeps its history. */
    public enum Store {
        /** A CSV file ({@code kairos.log.path}): one application instance. */
        CSV,
        /** The application's {@code DataSource}, a PostgreSQL database: several instances, one schedule. */
        POSTGRES,
        /** Memory only: history is lost when the application stops (tests, demos). */
        MEMORY
    }

    /** {@code kairos.log.*}: the task log. */
    public static class Log {
        /** Where the history is kept: csv, postgres (the application's DataSource) or memory. */
        private Store store = Store.CSV;

        /** The CSV file, for store=csv. */
        private Path path = Path.of("kairos-log.csv");

        /** The PostgreSQL log, for store=postgres. */
        private final Postgres postgres = new Postgres();

        public Store getStore() {
            return store;
        }

        public void setStore(Store store) {
            this.store = store;
        }

        public Path getPath() {
            return path;
        }

        public void setPath(Path path) {
            this.path = path;
        }

        public Postgres getPostgres() {
            return postgres;
        }
    }

    /** {@code kairos.log.postgres.*}: the shared log in the application's database. */
    public static class Postgres {
        /** This instance's name in the log; the host name and process id when not set. */
        private String node;

        /** Whether the session creates or upgrades the log's tables on start (under an advisory lock). */
        private boolean migrate = true;

        /** How often this instance renews its heartbeat. */
        private Duration heartbeat = Duration.ofSeconds(2);

        /** After how long without a heartbeat an instance is declared dead and its runs recorded crash. */
        private Duration deadAfter = Duration.ofSeconds(20);

        public String getNode() {
            return node;
        }

        public void setNode(String node) {
            this.node = node;
        }

        public boolean isMigrate() {
            return migrate;
        }

        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }

        public Duration getHeartbeat() {
            return heartbeat;
        }

        public void setHeartbeat(Duration heartbeat) {
            this.heartbeat = heartbeat;
        }

        public Duration getDeadAfter() {
            return deadAfter;
        }

        public void setDeadAfter(Duration deadAfter) {
            this.deadAfter = deadAfter;
        }
    }

    /** {@code kairos.tasks.*}: task files ({@code .task}, {@code .java}, {@code .jar}) loaded beside the beans' tasks. */
    public static class Tasks {
        /** A directory of task files; none when not set. */
        private Path directory;

        /** Whether changes to the directory are loaded while the application runs. */
        private boolean watch = true;

        public Path getDirectory() {
            return directory;
        }

        public void setDirectory(Path directory) {
            this.directory = directory;
        }

        public boolean isWatch() {
            return watch;
        }

        public void setWatch(boolean watch) {
            this.watch = watch;
        }
    }

    /** {@code kairos.dashboard.*}: the web page over the session, on a port of its own. */
    public static class Dashboard {
        /** Whether to serve the dashboard (needs kairos-dashboard on the class path). */
        private boolean enabled;

        /** The address to listen on; an address other than loopback needs a token. */
        private String host = "127.0.0.1";

        /** The port to listen on (0: any free port). */
        private int port = 8081;

        /** An access token requests must carry (Authorization: Bearer); from the environment or a secret store. */
        private String token;

        /** Whether the page only shows (no run now, enable, disable). */
        private boolean readOnly;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getHost() {
            return host;
        }

        public void setHost(String host) {
            this.host = host;
        }

        public int getPort() {
            return port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public boolean isReadOnly() {
            return readOnly;
        }

        public void setReadOnly(boolean readOnly) {
            this.readOnly = readOnly;
        }
    }
}
