package dev.kairos.task;

import java.time.Duration;
import java.util.Objects;

/** The checks shared by {@link TaskDefinition} and {@link TaskBuilder}. */
final class TaskChecks {
    private TaskChecks() {
    }

    static String name(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, was '" + name + "'");
        }
        return name;
    }

    /** A condition's text, or null for none; blank text means none. */
    static String condition(String field, String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static Duration timeout(Duration timeout) {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        return timeout;
    }

    static String parameterName(String name) {
        Objects.requireNonNull(name, "parameter name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("parameter name must not be blank, was '" + name + "'");
        }
        return name;
    }
}
