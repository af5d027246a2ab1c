package dev.kairos.internal.loop;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * What other threads ask of the loop: each request is an event the session thread takes in at its
 * next pass, in the order posted. Thread-safe.
 */
public final class Requests {
    /** How long a question waits for the session thread before it gives up. */
    static final Duration ANSWER_LIMIT = Duration.ofSeconds(10);

    private final Inbox inbox;
    private final Loop loop;

    Requests(Inbox inbox, Loop loop) {
        this.inbox = inbox;
        this.loop = loop;
    }

    /** A task was bound: it joins at the next pass, in place of {@code replaced} if not null. */
    public void added(TaskState task, TaskState replaced) {
        inbox.post(new Event.Added(task, replaced));
    }

    /** A task was removed from the session. */
    public void removed(TaskState task) {
        inbox.post(new Event.Removed(task));
    }

    /** The task of that name is to be enabled or disabled. */
    public void enable(String task, boolean enabled) {
        inbox.post(new Event.Enabled(task, enabled));
    }

    /** A run of the task of that name is asked for, with these per-run parameters. */
    public void runAsked(String task, Map<String, Object> runParameters) {
        inbox.post(new Event.RunAsked(task, runParameters));
    }

    /** The runs of the task of that name in progress here are to be terminated. */
    public void terminate(String task) {
        inbox.post(new Event.TerminateAsked(task));
    }

    /** A session parameter was set or removed. */
    public void parameterChanged(String name) {
        inbox.post(new Event.ParametersChanged(name));
    }

    /** A graceful shutdown is asked. */
    public void shutdown() {
        inbox.post(new Event.ShutdownAsked());
    }

    /** The JVM is exiting: a graceful shutdown, and the runs whose thread called exit fail. */
    public void jvmExiting() {
        inbox.post(new Event.JvmExiting());
    }

    /**
     * The answer to a question about the loop's state, computed where that state may be read: at
     * once on the thread that makes the passes or after the session stopped; otherwise on the
     * session thread at its next pass, waited for at most {@link #ANSWER_LIMIT}. Not before the loop
     * is open.
     *
     * @throws IllegalStateException if the session thread did not answer in time (a body running on
     *                               it, for example)
     */
    <T> T answer(Supplier<T> question) {
        if (loop.state() == Loop.State.STOPPED || Thread.currentThread() == loop.owner()) {
            return question.get();
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        inbox.post(new Event.Asked(() -> {
            try {
                answer.complete(question.get());
            } catch (RuntimeException | Error e) {
                answer.completeExceptionally(e);
            }
        }));
        long deadline = System.nanoTime() + ANSWER_LIMIT.toNanos();
        while (true) {
            try {
                return answer.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (loop.state() == Loop.State.STOPPED) { // stopped before it took the question
                    return question.get();
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("the session thread did not answer within " + ANSWER_LIMIT
                            + " (a MAIN run may be holding it)");
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the session thread", e);
            }
        }
    }
}
