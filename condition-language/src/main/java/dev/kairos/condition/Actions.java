package dev.kairos.condition;

import java.time.Instant;

/** The action words of the language and the latest record among several actions. Not API. */
enum Actions {
    SUCCEEDED("succeeded", Action.SUCCESS),
    FAILED("failed", Action.FAIL),
    FINISHED("finished", Action.SUCCESS, Action.FAIL, Action.TERMINATE),
    TERMINATED("terminated", Action.TERMINATE),
    INACTED("inacted", Action.INACTION),
    STARTED("started", Action.RUN),
    CRASHED("crashed", Action.CRASH),
    /** What ends a period's work for the periodic forms. */
    DONE("finished or inacted", Action.SUCCESS, Action.FAIL, Action.TERMINATE, Action.INACTION);

    private final String word;
    private final Action[] actions;

    Actions(String word, Action... actions) {
        this.word = word;
        this.actions = actions;
    }

    String word() {
        return word;
    }

    static Actions of(String word) {
        for (Actions a : values()) {
            if (a.word.equalsIgnoreCase(word)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown action word " + word);
    }

    /** The latest record of any of these actions, or {@code null}. */
    Instant latest(TaskHistory history) {
        Instant best = null;
        for (Action a : actions) {
            best = later(best, history.latest(a));
        }
        return best;
    }

    /** The latest record of any of these actions strictly before {@code end}, or {@code null}. */
    Instant latestBefore(TaskHistory history, Instant end) {
        Instant best = null;
        for (Action a : actions) {
            best = later(best, history.latestBefore(a, end));
        }
        return best;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isAfter(a) ? a : b;
    }
}
