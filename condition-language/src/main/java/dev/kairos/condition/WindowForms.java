package dev.kairos.condition;

import java.util.Objects;

/**
 * The window clauses of the typed API: written as the text they stand for and read by the parser,
 * so that they mean, and fail, exactly as that text does.
 */
final class WindowForms {
    private WindowForms() {
    }

    static Condition between(String form, String start, String end) {
        return Compiler.built(form + " between " + Objects.requireNonNull(start, "start") + " and "
                + Objects.requireNonNull(end, "end"));
    }

    static Condition after(String form, String start) {
        return Compiler.built(form + " after " + Objects.requireNonNull(start, "start"));
    }

    static Condition before(String form, String end) {
        return Compiler.built(form + " before " + Objects.requireNonNull(end, "end"));
    }

    static Condition on(String form, String point) {
        return Compiler.built(form + " on " + Objects.requireNonNull(point, "point"));
    }

    static Condition starting(String form, String start) {
        return Compiler.built(form + " starting " + Objects.requireNonNull(start, "start"));
    }
}
