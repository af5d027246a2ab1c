package dev.kairos.condition.internal.syntax;

import dev.kairos.condition.internal.grammar.ConditionGrammar;
import dev.kairos.condition.internal.grammar.ConditionLexer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Turns parser failures into {@link SyntaxError}s that a user can act on. Not API. */
public final class SyntaxErrors {
    /** How token kinds that are not a single keyword are described. */
    private static final Map<Integer, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(ConditionLexer.CLOCK, "a time such as 08:00"),
            Map.entry(ConditionLexer.COLON_TIME, "a time within the hour or minute such as :30"),
            Map.entry(ConditionLexer.ORDINAL, "a day of the month such as 1st"),
            Map.entry(ConditionLexer.DAY_DOT, "a day of the month such as 1."),
            Map.entry(ConditionLexer.QUARTER, "'quarter'"),
            Map.entry(ConditionLexer.NUMBER, "a number"),
            Map.entry(ConditionLexer.STRING, "a quoted name such as 'fetch'"),
            Map.entry(ConditionLexer.WORD, "a registered phrase"),
            Map.entry(ConditionLexer.CRON_FIELD, "a cron field"),
            Map.entry(ConditionLexer.MONDAY, "a weekday such as Mon"),
            Map.entry(ConditionLexer.MILLIS, "'ms'"),
            Map.entry(ConditionLexer.SECONDS, "'seconds'"),
            Map.entry(ConditionLexer.MINUTES, "'minutes'"),
            Map.entry(ConditionLexer.HOURS, "'hours'"),
            Map.entry(ConditionLexer.DAYS, "'days'"),
            Map.entry(ConditionLexer.WEEKS, "'weeks'"),
            // Tokens that the cron mode also produces have no literal name of their own.
            Map.entry(ConditionLexer.AMP, "'&'"),
            Map.entry(ConditionLexer.PIPE, "'|'"),
            Map.entry(ConditionLexer.RPAREN, "')'"),
            Map.entry(ConditionLexer.CRON, "'cron'"),
            Map.entry(Token.EOF, "end of input"));
    private static final Set<Integer> WEEKDAYS = Set.of(ConditionLexer.TUESDAY, ConditionLexer.WEDNESDAY,
            ConditionLexer.THURSDAY, ConditionLexer.FRIDAY, ConditionLexer.SATURDAY, ConditionLexer.SUNDAY);
    /** What may start a condition, in words, used when a whole condition was expected. */
    public static final String A_CONDITION = "a condition such as 'daily', 'every 10 minutes', "
            + "'task 'x' has succeeded', 'after task 'x'', 'true', '~' or '('";

    private SyntaxErrors() {
    }

    /** Every keyword and weekday spelling, for suggestions when the expected ones are not close. */
    private static final List<String> WEEKDAY_WORDS = List.of("mon", "monday", "tue", "tues", "tuesday", "wed",
            "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday");
    private static final List<String> ALL_WORDS = allWords();

    /**
     * The error at {@code offending} when {@code expected} would have been accepted; {@code parser}
     * tells where in the grammar it happened.
     */
    static SyntaxError at(Parser parser, Token offending, IntervalSet expected) {
        Token previous = offending.getTokenIndex() > 0 ? parser.getInputStream().get(offending.getTokenIndex() - 1) : null;
        if (previous != null && previous.getType() == ConditionLexer.CRON_FIELD) {
            return culprit(offending, describe(offending), "'&', '|' or end of input after the five cron fields "
                    + "(minute hour day-of-month month day-of-week; there is no seconds field)", null);
        }
        String cycle = cycleOf(parser.getContext());
        if (cycle != null && expected.contains(ConditionLexer.CLOCK)) {
            String suggestion = isWord(offending) && cycle.startsWith("a weekday")
                    ? Spelling.nearest(offending.getText(), WEEKDAY_WORDS) : null;
            return culprit(offending, describe(offending), cycle, suggestion);
        }
        if (within(parser.getContext(), ConditionGrammar.TimeOfContext.class)) {
            expected = new IntervalSet(expected);
            expected.remove(ConditionLexer.STARTING);
        }
        if (offending.getType() == ConditionLexer.UNTERMINATED) {
            char quote = offending.getText().charAt(0);
            return culprit(offending, describe(offending), "a closing " + quote + " (write a quote inside a name twice: "
                    + quote + quote + ")", null);
        }
        if (expected.contains(Token.EOF) || expected.contains(ConditionLexer.RPAREN)) {
            // A complete part can always be continued by an operator.
            expected = new IntervalSet(expected);
            expected.add(ConditionLexer.AMP);
            expected.add(ConditionLexer.PIPE);
        }
        List<String> words = new ArrayList<>();
        Set<String> keywords = new LinkedHashSet<>();
        Vocabulary vocabulary = ConditionLexer.VOCABULARY;
        boolean wholeCondition = expected.contains(ConditionLexer.DAILY) && expected.contains(ConditionLexer.EVERY);
        if (wholeCondition) {
            words.add(A_CONDITION);
        }
        for (int type : expected.toList()) {
            if (wholeCondition && startsCondition(type)) {
                continue;
            }
            if (WEEKDAYS.contains(type)) {
                continue;
            }
            // 'and' and 'or' are shown as '&' and '|'.
            if ((type == ConditionLexer.AND && expected.contains(ConditionLexer.AMP))
                    || (type == ConditionLexer.OR && expected.contains(ConditionLexer.PIPE))) {
                continue;
            }
            String described = DESCRIPTIONS.get(type);
            String literal = vocabulary.getLiteralName(type);
            if (described == null && literal != null) {
                keywords.add(literal.substring(1, literal.length() - 1));
                described = literal;
            }
            if (described != null && !words.contains(described)) {
                words.add(described);
            }
        }
        if (words.remove("end of input")) {
            words.add("end of input");
        }
        String expectation = words.isEmpty() ? "something else"
                : words.size() == 1 ? words.get(0)
                : "one of " + String.join(", ", words);
        String found = describe(offending);
        String suggestion = null;
        if (isWord(offending)) {
            suggestion = Spelling.nearest(offending.getText(), keywords);
            if (suggestion == null) {
                suggestion = Spelling.nearest(offending.getText(), ALL_WORDS);
            }
        }
        return culprit(offending, found, expectation, suggestion);
    }

    private static SyntaxError culprit(Token offending, String found, String expected, String suggestion) {
        return new SyntaxError(offending.getLine(), offending.getCharPositionInLine() + 1, width(offending), found,
                expected, suggestion);
    }

    /** An error about a value that parsed but means nothing (25:00, 32nd, a zero duration, …). */
    public static SyntaxError value(Token first, Token last, String found, String expected) {
        int length = last.getStopIndex() - first.getStartIndex() + 1;
        return new SyntaxError(first.getLine(), first.getCharPositionInLine() + 1, length, found, expected, null);
    }

    /** An error about the value that {@code where} spans in {@code input}, shown as written. */
    public static SyntaxError value(String input, ParserRuleContext where, String expected) {
        return value(where.getStart(), where.getStop(),
                "'" + input.substring(where.getStart().getStartIndex(), where.getStop().getStopIndex() + 1) + "'",
                expected);
    }

    /** A token as the user wrote it, quoted, or a description for the end and for odd tokens. */
    public static String describe(Token token) {
        if (token.getType() == Token.EOF) {
            return "end of input";
        }
        if (token.getType() == ConditionLexer.UNTERMINATED) {
            return "an unterminated quoted name " + shortened(token.getText());
        }
        return "'" + shortened(token.getText()) + "'";
    }

    /** A long token's first characters and its length, so that a message stays one readable line. */
    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 40) + "… (" + String.format("%,d", text.length())
                + " characters)";
    }

    private static boolean isWord(Token token) {
        return token.getType() != Token.EOF && token.getText().chars().allMatch(Character::isLetter);
    }

    private static int width(Token token) {
        if (token.getType() == Token.EOF) {
            return 1;
        }
        return Math.max(1, token.getStopIndex() - token.getStartIndex() + 1);
    }

    private static boolean startsCondition(int type) {
        return switch (type) {
            case ConditionLexer.ALWAYS, ConditionLexer.TRUE, ConditionLexer.FALSE, ConditionLexer.SECONDLY,
                    ConditionLexer.MINUTELY, ConditionLexer.HOURLY, ConditionLexer.DAILY, ConditionLexer.WEEKLY,
                    ConditionLexer.MONTHLY, ConditionLexer.EVERY, ConditionLexer.CRON, ConditionLexer.TIME,
                    ConditionLexer.TASK, ConditionLexer.HAS, ConditionLexer.WHILE, ConditionLexer.AFTER,
                    ConditionLexer.RETRY, ConditionLexer.SCHEDULER, ConditionLexer.ENV, ConditionLexer.PARAM,
                    ConditionLexer.WORD, ConditionLexer.NOT, ConditionLexer.TILDE, ConditionLexer.LPAREN -> true;
            default -> false;
        };
    }

    /** The keywords that can start a condition, for suggestions on an unknown first word. */
    public static List<String> conditionStarters() {
        List<String> out = new ArrayList<>();
        for (int type = 1; type <= ConditionLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = ConditionLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && startsCondition(type) && Character.isLetter(literal.charAt(1))) {
                out.add(literal.substring(1, literal.length() - 1));
            }
        }
        return out;
    }

    /** How points of the cycle whose window is being read are written, or null outside a window. */
    private static String cycleOf(org.antlr.v4.runtime.ParserRuleContext ctx) {
        for (org.antlr.v4.runtime.ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            int type;
            if (c instanceof ConditionGrammar.PeriodicContext p) {
                type = p.cycle.getType();
            } else if (c instanceof ConditionGrammar.TimeOfContext t && t.unit != null) {
                type = t.unit.getStart().getType();
            } else if (c instanceof ConditionGrammar.TodayPeriodContext) {
                type = ConditionLexer.DAY;
            } else if (c instanceof ConditionGrammar.ThisPeriodContext t && t.unit != null) {
                type = t.unit.getStart().getType();
            } else {
                continue;
            }
            return switch (type) {
                case ConditionLexer.SECONDLY -> PointReader.MILLI_OF_SECOND;
                case ConditionLexer.MINUTELY, ConditionLexer.MINUTE -> PointReader.SECOND_OF_MINUTE;
                case ConditionLexer.HOURLY, ConditionLexer.HOUR -> PointReader.MINUTE_OF_HOUR;
                case ConditionLexer.DAILY, ConditionLexer.DAY -> PointReader.TIME_OF_DAY;
                case ConditionLexer.WEEKLY, ConditionLexer.WEEK -> PointReader.DAY_OF_WEEK;
                case ConditionLexer.MONTHLY, ConditionLexer.MONTH -> PointReader.DAY_OF_MONTH;
                default -> null;
            };
        }
        return null;
    }

    private static boolean within(org.antlr.v4.runtime.ParserRuleContext ctx, Class<?> type) {
        for (org.antlr.v4.runtime.ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> allWords() {
        List<String> out = new ArrayList<>(WEEKDAY_WORDS);
        for (int type = 1; type <= ConditionLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = ConditionLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && Character.isLetter(literal.charAt(1))) {
                out.add(literal.substring(1, literal.length() - 1));
            }
        }
        out.addAll(List.of("cron", "seconds", "minutes", "hours", "days", "weeks"));
        return List.copyOf(out);
    }
}
