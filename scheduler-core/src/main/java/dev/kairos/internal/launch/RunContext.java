package dev.kairos.internal.launch;

import dev.kairos.param.MissingParameterException;
import dev.kairos.task.TaskContext;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link TaskContext} of one run. */
public final class RunContext implements TaskContext {
    private final String taskName;
    private final String runId;
    private final Instant started;
    private final Parameters parameters;
    private volatile boolean termination;
    private volatile String message;

    public RunContext(String taskName, String runId, Instant started, Parameters parameters) {
        this.taskName = taskName;
        this.runId = runId;
        this.started = started;
        this.parameters = parameters;
    }

    public void requestTermination() {
        termination = true;
    }

    public String recordedMessage() {
        return message;
    }

    @Override
    public String taskName() {
        return taskName;
    }

    @Override
    public String runId() {
        return runId;
    }

    @Override
    public Instant started() {
        return started;
    }

    @Override
    public boolean terminationRequested() {
        return termination;
    }

    @Override
    public Logger logger() {
        return LoggerFactory.getLogger("kairos.task." + taskName);
    }

    @Override
    public Object parameter(String name) {
        return parameters.get(name);
    }

    @Override
    public boolean hasParameter(String name) {
        return parameters.has(name);
    }

    @Override
    public Object require(String name) {
        if (!parameters.has(name)) {
            throw new MissingParameterException(taskName, name);
        }
        return parameters.get(name);
    }

    @Override
    public void message(String message) {
        this.message = message;
    }
}
