package dev.kairos.internal.child;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of a child JVM (chosen with {@code -Dslf4j.provider}): every log line of the
 * task goes to the child's stderr with a marker and its level, and the session logs it at that
 * level with the run's MDC, through the session's own logging configuration. It also spares the
 * child the start-up of a full logging backend. Not API.
 */
public final class ChildLogging implements SLF4JServiceProvider {
    /** Starts a line that carries a log event: the marker, the level, a space, the text. */
    static final String MARKER = "\u0001kairos-log ";
    /** The least level written, from {@code -Dkairos.child.level} (default INFO). */
    private static final Level THRESHOLD = threshold();

    private final BasicMarkerFactory markers = new BasicMarkerFactory();
    private final BasicMDCAdapter mdc = new BasicMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return ChildLogger::new;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up
    }

    private static Level threshold() {
        try {
            return Level.valueOf(System.getProperty("kairos.child.level", "INFO"));
        } catch (IllegalArgumentException e) {
            return Level.INFO;
        }
    }

    /** The level of a marked line, or {@code null} if the line is plain output. */
    static Level levelOf(String line) {
        if (!line.startsWith(MARKER)) {
            return null;
        }
        int space = line.indexOf(' ', MARKER.length());
        try {
            return Level.valueOf(line.substring(MARKER.length(), space < 0 ? line.length() : space));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The text of a marked line. */
    static String textOf(String line) {
        int space = line.indexOf(' ', MARKER.length());
        return space < 0 ? "" : line.substring(space + 1);
    }

    /** Writes each event as marked lines on stderr. */
    private static final class ChildLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        ChildLogger(String name) {
            this.name = name;
        }

        private static boolean enabled(Level level) {
            return level.toInt() >= THRESHOLD.toInt();
        }

        @Override
        public boolean isTraceEnabled() {
            return enabled(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return enabled(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return enabled(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return enabled(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return enabled(Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                Throwable throwable) {
            String text = MessageFormatter.basicArrayFormat(pattern, arguments);
            StringBuilder out = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                out.append(MARKER).append(level.name()).append(' ').append(line).append('\n');
            }
            if (throwable != null) {
                java.io.StringWriter trace = new java.io.StringWriter();
                throwable.printStackTrace(new java.io.PrintWriter(trace));
                for (String line : trace.toString().split("\n")) {
                    out.append(MARKER).append(level.name()).append(' ').append(line).append('\n');
                }
            }
            synchronized (System.err) {
                System.err.print(out);
                System.err.flush();
            }
        }
    }

}
