package dev.kairos.condition;

import java.util.Locale;

/**
 * What a task-log record says happened to a run. The code ({@link #code()}) is what the task log
 * stores in its {@code action} column.
 */
public enum Action {
    /** The run started. */
    RUN("run"),
    /** The run finished normally. */
    SUCCESS("success"),
    /** The run threw, returned a failure, or exited non-zero. */
    FAIL("fail"),
    /** The run was stopped by a timeout, an end condition or shutdown. */
    TERMINATE("terminate"),
    /** The run signalled that it had nothing to do. */
    INACTION("inaction"),
    /** The run was still open when its session died; written when the next session starts. */
    CRASH("crash");

    private final String code;

    Action(String code) {
        this.code = code;
    }

    /** The lower-case word stored in the task log, e.g. {@code "success"}. */
    public String code() {
        return code;
    }

    /**
     * The action for a task-log word, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the word and the accepted ones
     */
    public static Action fromCode(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        for (Action a : values()) {
            if (a.code.equals(w)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown action '" + word
                + "': expected one of run, success, fail, terminate, inaction, crash");
    }
}
