package dev.kairos.condition;

import java.time.Instant;

/** {@code param 'k' exists}, {@code param 'k' is 'v'}, {@code env 'v'} (the parameter {@code env} is v). */
final class Param extends Node {
    private final String name;
    /** The expected text, or {@code null} for "exists". */
    private final String expected;

    Param(String text, String name, String expected) {
        super(text);
        this.name = name;
        this.expected = expected;
    }

    @Override
    public boolean test(EvaluationContext context) {
        Object value = context.parameter(name);
        if (value == null) {
            return false;
        }
        return expected == null || expected.equals(String.valueOf(value));
    }

    @Override
    public java.util.Set<String> parameterNames() {
        return java.util.Set.of(name);
    }

    @Override
    public Instant nextChange(EvaluationContext context) {
        return NEVER;
    }

    @Override
    protected String write() {
        if (expected == null) {
            return "param " + Texts.quote(name) + " exists";
        }
        return name.equals("env") ? "env " + Texts.quote(expected)
                : "param " + Texts.quote(name) + " is " + Texts.quote(expected);
    }

    @Override
    protected String reason(EvaluationContext context, boolean value) {
        Object actual = context.parameter(name);
        return actual == null ? "parameter " + Texts.quote(name) + " is not set"
                : "parameter " + Texts.quote(name) + " is " + Texts.quote(String.valueOf(actual));
    }
}
