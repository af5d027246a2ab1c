package dev.kairos.condition.internal.syntax;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Finds which of five cron fields is wrong, to put the caret under it. Not API. */
public final class CronFields {
    private static final String[] NAMES = {"a minute (0-59)", "an hour (0-23)", "a day of the month (1-31)",
        "a month (1-12 or JAN-DEC)", "a day of the week (0-7 or SUN-SAT)"};
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private CronFields() {
    }

    /** The error at the first of the five fields that cron-utils rejects, or at all five if they contradict. */
    public static SyntaxError error(List<TerminalNode> fields, String[] raw) {
        for (int i = 0; i < raw.length; i++) {
            String[] probe = {"*", "*", "*", "*", "*"};
            probe[i] = raw[i];
            if (!parses(String.join(" ", probe))) {
                Token field = fields.get(i).getSymbol();
                return SyntaxErrors.value(field, field, "'" + raw[i] + "'",
                        NAMES[i] + ", with '*', ',', '-' and '/'");
            }
        }
        Token first = fields.get(0).getSymbol();
        Token last = fields.get(fields.size() - 1).getSymbol();
        return SyntaxErrors.value(first, last, "'" + String.join(" ", raw) + "'",
                "fields that can match together (the day of the month and the month contradict each other)");
    }

    private static boolean parses(String expression) {
        try {
            PARSER.parse(expression).validate();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
