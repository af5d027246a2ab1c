package dev.kairos.condition;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * One node of an evaluated condition: the part's text, its value, why, when it next changes, and
 * the explanations of its parts.
 *
 * @param condition  the part's text
 * @param value      its value
 * @param reason     why, in a sentence; times in the evaluation's zone
 * @param nextChange when the value may next change without a task event, or {@code null} if only
 *                   an event can change it
 * @param parts      the explanations of its operands (empty for a leaf)
 */
public record Explanation(String condition, boolean value, String reason, Instant nextChange,
        List<Explanation> parts) {

    public Explanation {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(reason, "reason");
        parts = List.copyOf(parts);
    }

    /** The tree, one line a node, indented by depth, with next changes shown in {@code zone}. */
    public String render(ZoneId zone) {
        StringBuilder out = new StringBuilder();
        render(out, zone, 0);
        return out.toString();
    }

    private void render(StringBuilder out, ZoneId zone, int depth) {
        out.append("  ".repeat(depth)).append(value ? "true " : "false").append("  ").append(condition);
        if (!reason.isEmpty()) {
            out.append("  — ").append(reason);
        }
        if (nextChange != null) {
            out.append(" [next change ")
                    .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(nextChange.atZone(zone).toOffsetDateTime()))
                    .append(']');
        }
        out.append('\n');
        for (Explanation part : parts) {
            part.render(out, zone, depth + 1);
        }
    }

    @Override
    public String toString() {
        return render(ZoneId.of("UTC"));
    }
}
