package dev.kairos.condition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code a & b & …} ({@code all}) or {@code a | b | …} ({@code any}).
 *
 * <p>Next change: a conjunction that holds changes when any part does (the earliest); one that does
 * not hold can only change once every false part has changed (the latest of theirs), and never if
 * one of them never changes. A disjunction mirrors this.
 */
final class Junction extends Node {
    private final boolean all;
    private final Node[] parts;

    Junction(String text, boolean all, List<Node> parts) {
        super(text);
        this.all = all;
        this.parts = parts.toArray(Node[]::new);
    }

    /**
     * The conjunction ({@code all}) or disjunction of conditions of the model, built in Java: a part
     * of the same kind is opened up ({@code (a & b) & c} is {@code a & b & c}); one part is itself.
     *
     * @throws IllegalArgumentException for a condition that is not of the model (an implementation of
     *                                  {@link Condition} of your own)
     */
    static Node of(boolean all, List<? extends Condition> conditions) {
        List<Node> parts = new ArrayList<>();
        for (Condition c : conditions) {
            Node n = node(c);
            if (n instanceof Junction j && j.all == all) {
                parts.addAll(List.of(j.parts));
            } else {
                parts.add(n);
            }
        }
        return parts.size() == 1 ? parts.get(0) : new Junction(null, all, parts);
    }

    /** A condition of the model, or the error that it is not one. */
    static Node node(Condition c) {
        if (c instanceof Node n) {
            return n;
        }
        throw new IllegalArgumentException("only conditions of Kairos (Condition.parse, a ConditionParser, Conditions)"
                + " can be combined; " + (c == null ? "null" : c.getClass().getName()) + " is not one");
    }

    @Override
    public boolean test(EvaluationContext context) {
        for (Node part : parts) {
            if (part.test(context) != all) {
                return !all;
            }
        }
        return all;
    }

    @Override
    public Instant nextChange(EvaluationContext context) {
        // Each part is tested once here: the value follows from the parts' values.
        boolean[] values = new boolean[parts.length];
        Instant[] changes = new Instant[parts.length];
        boolean value = all;
        for (int i = 0; i < parts.length; i++) {
            values[i] = parts[i].test(context);
            changes[i] = parts[i].nextChange(context);
            if (values[i] != all) {
                value = !all;
            }
        }
        Instant earliest = NEVER;
        Instant latestDeciding = null;
        for (int i = 0; i < parts.length; i++) {
            if (changes[i].isBefore(earliest)) {
                earliest = changes[i];
            }
            // The parts that decide the value: false ones in a false conjunction, true ones in a true disjunction.
            if (value != all && values[i] == value) {
                latestDeciding = latestDeciding == null || changes[i].isAfter(latestDeciding) ? changes[i] : latestDeciding;
            }
        }
        return value != all ? latestDeciding : earliest;
    }

    @Override
    public Explanation explain(EvaluationContext context) {
        List<Explanation> explained = new ArrayList<>(parts.length);
        for (Node part : parts) {
            explained.add(part.explain(context));
        }
        boolean value = test(context);
        return new Explanation(toString(), value, reason(context, value), shown(nextChange(context)), explained);
    }

    @Override
    protected String write() {
        StringBuilder out = new StringBuilder();
        for (Node part : parts) {
            out.append(out.length() == 0 ? "" : all ? " & " : " | ");
            boolean grouped = part instanceof Junction j && j.all != all;
            out.append(grouped ? "(" + part.canonical() + ")" : part.canonical());
        }
        return out.toString();
    }

    @Override
    protected String reason(EvaluationContext context, boolean value) {
        if (all) {
            return value ? "all parts are true" : "a part is false";
        }
        return value ? "a part is true" : "all parts are false";
    }

    @Override
    public Set<String> parameterNames() {
        Set<String> names = new HashSet<>();
        for (Node part : parts) {
            names.addAll(part.parameterNames());
        }
        return Set.copyOf(names);
    }

    @Override
    public Set<String> taskNames() {
        Set<String> names = new HashSet<>();
        for (Node part : parts) {
            names.addAll(part.taskNames());
        }
        return Set.copyOf(names);
    }
}
