package dev.kairos.internal.launch;

import dev.kairos.condition.Action;
import dev.kairos.task.NothingToDo;
import dev.kairos.task.TaskBody;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.slf4j.MDC;

/** Runs a body once, on whatever thread calls it, and turns what happened into an {@link Outcome}. */
public final class Runner {
    /** The MDC key of the task name. */
    public static final String MDC_TASK = "kairos.task";
    /** The MDC key of the run id. */
    public static final String MDC_RUN = "kairos.run";
    private static final int MAX_TRACE = 8000;

    private Runner() {
    }

    public static Outcome execute(TaskBody body, RunContext context) {
        MDC.put(MDC_TASK, context.taskName());
        MDC.put(MDC_RUN, context.runId());
        try {
            return executeWithoutMdc(body, context);
        } finally {
            MDC.remove(MDC_TASK);
            MDC.remove(MDC_RUN);
        }
    }

    /**
     * As {@link #execute}, without touching the logging context: a child JVM's logging is placed in
     * the run's context by the session, and the child starts faster if it never loads SLF4J.
     */
    public static Outcome executeWithoutMdc(TaskBody body, RunContext context) {
        try {
            Object result = body.run(context);
            if (result instanceof NothingToDo signal) {
                return inaction(signal, context);
            }
            String message = context.recordedMessage();
            return new Outcome(Action.SUCCESS, result, message == null ? "" : message, null);
        } catch (NothingToDo signal) {
            return inaction(signal, context);
        } catch (Throwable t) { // a task's failure, whatever it is, is a record, never the session's end
            String message = context.recordedMessage();
            String text = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
            return new Outcome(Action.FAIL, null, message == null || message.isEmpty() ? text : message + "; " + text,
                    trace(t));
        }
    }

    private static Outcome inaction(NothingToDo signal, RunContext context) {
        String message = context.recordedMessage();
        return new Outcome(Action.INACTION, null, signal.getMessage().isEmpty() && message != null ? message
                : signal.getMessage(), null);
    }

    private static String trace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        String s = out.toString().strip();
        return s.length() <= MAX_TRACE ? s : s.substring(0, MAX_TRACE) + "…";
    }
}
