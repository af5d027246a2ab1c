package dev.kairos;

import dev.kairos.condition.Action;
import dev.kairos.internal.loop.Hooks;
import dev.kairos.log.LogRecord;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The loop's hooks, handed to the session's listeners; a listener that throws is logged and ignored. */
final class ListenerHooks implements Hooks {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    private final Session session;
    private final List<SessionListener> listeners;

    ListenerHooks(Session session, List<SessionListener> listeners) {
        this.session = session;
        this.listeners = new CopyOnWriteArrayList<>(listeners);
    }

    void add(SessionListener listener) {
        listeners.add(listener);
    }

    @Override
    public void started() {
        each(l -> l.sessionStarted(session));
    }

    @Override
    public void stopped() {
        each(l -> l.sessionStopped(session));
    }

    @Override
    public void recorded(LogRecord record) {
        if (record.action() == Action.RUN) {
            each(l -> l.runStarted(record));
        } else {
            each(l -> l.runFinished(record));
        }
    }

    @Override
    public void bodyStarted(String task, String runId, Instant due, Instant began) {
        each(l -> l.bodyStarted(task, runId, due, began));
    }

    private void each(Consumer<SessionListener> call) {
        for (SessionListener l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
                LOG.warn("a session listener ({}) failed; ignored: {}", l.getClass().getName(), e.toString(), e);
            }
        }
    }
}
