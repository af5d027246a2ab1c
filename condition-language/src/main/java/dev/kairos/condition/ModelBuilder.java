package dev.kairos.condition;

import dev.kairos.condition.internal.grammar.ConditionGrammar.AfterTaskContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.AfterTasksContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.AndExprContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.ConstantContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.CronContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.EnvContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.EveryContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.GroupContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.HasContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.NegationContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.NotExprContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.OrExprContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.ParamExistsContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.ParamIsContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.PastPeriodContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.PeriodicContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.PhraseContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.PlainContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.RetryContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.RunningContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.SchedulerCyclesContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.SchedulerRunOverContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.SchedulerStartedContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.StartingContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.TaskNameContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.ThisPeriodContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.TimeOfContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.TodayPeriodContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.UnitNameContext;
import dev.kairos.condition.internal.grammar.ConditionGrammarBaseVisitor;
import dev.kairos.condition.internal.grammar.ConditionLexer;
import dev.kairos.condition.internal.syntax.CronFields;
import dev.kairos.condition.internal.syntax.NormalText;
import dev.kairos.condition.internal.syntax.SyntaxErrors;
import dev.kairos.condition.internal.syntax.TimeReader;
import dev.kairos.condition.internal.time.Cycle;
import dev.kairos.condition.internal.time.Window;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds the condition model from the parse tree, checking every value. Not API. */
final class ModelBuilder extends ConditionGrammarBaseVisitor<Node> {
    /** What a number of retries must be. */
    static final String RETRIES = "a whole number of retries, 1 or more";
    /** What a number of cycles must be. */
    static final String CYCLES = "a whole number of cycles";

    private final String input;
    private final TokenStream tokens;
    private final List<PhrasePattern> phrases;
    private final TimeReader time;
    private final boolean keepText;

    /** {@code keepText}: the nodes show their text as written (normalised), else their canonical text. */
    ModelBuilder(String input, TokenStream tokens, List<PhrasePattern> phrases, boolean keepText) {
        this.input = input;
        this.tokens = tokens;
        this.phrases = phrases;
        this.time = new TimeReader(input);
        this.keepText = keepText;
    }

    @Override
    public Node visitOrExpr(OrExprContext ctx) {
        List<Node> parts = new ArrayList<>();
        for (AndExprContext and : ctx.andExpr()) {
            parts.add(visit(and));
        }
        return parts.size() == 1 ? parts.get(0) : new Junction(text(ctx), false, parts);
    }

    @Override
    public Node visitAndExpr(AndExprContext ctx) {
        List<Node> parts = new ArrayList<>();
        for (NotExprContext not : ctx.notExpr()) {
            parts.add(visit(not));
        }
        return parts.size() == 1 ? parts.get(0) : new Junction(text(ctx), true, parts);
    }

    @Override
    public Node visitNegation(NegationContext ctx) {
        return new Not(text(ctx), visit(ctx.notExpr()));
    }

    @Override
    public Node visitPlain(PlainContext ctx) {
        return visit(ctx.atom());
    }

    @Override
    public Node visitGroup(GroupContext ctx) {
        return visit(ctx.orExpr());
    }

    @Override
    public Node visitConstant(ConstantContext ctx) {
        return new Constant(text(ctx), ctx.value.getType() == ConditionLexer.TRUE);
    }

    @Override
    public Node visitPeriodic(PeriodicContext ctx) {
        Cycle cycle = switch (ctx.cycle.getType()) {
            case ConditionLexer.SECONDLY -> Cycle.SECOND;
            case ConditionLexer.MINUTELY -> Cycle.MINUTE;
            case ConditionLexer.HOURLY -> Cycle.HOUR;
            case ConditionLexer.DAILY -> Cycle.DAY;
            case ConditionLexer.WEEKLY -> Cycle.WEEK;
            default -> Cycle.MONTH;
        };
        Window window = ctx.window() == null ? Window.whole(cycle) : time.window(ctx.window(), cycle);
        return new Periodic(text(ctx), window);
    }

    @Override
    public Node visitEvery(EveryContext ctx) {
        return new Every(text(ctx), time.duration(ctx.duration()));
    }

    @Override
    public Node visitCron(CronContext ctx) {
        List<TerminalNode> fields = ctx.CRON_FIELD();
        if (fields.size() != 5) {
            Token first = fields.isEmpty() ? ctx.CRON().getSymbol() : fields.get(0).getSymbol();
            Token last = fields.isEmpty() ? first : fields.get(fields.size() - 1).getSymbol();
            throw SyntaxErrors.value(first, last, fields.size() + (fields.size() == 1 ? " field" : " fields"),
                    "five cron fields: minute hour day-of-month month day-of-week, e.g. 'cron 0 8 * * 1-5'");
        }
        String[] raw = fields.stream().map(TerminalNode::getText).toArray(String[]::new);
        try {
            return Cron.of(text(ctx), raw);
        } catch (IllegalArgumentException e) {
            throw CronFields.error(fields, raw);
        }
    }

    @Override
    public Node visitTimeOf(TimeOfContext ctx) {
        if (ctx.window() instanceof StartingContext) {
            throw time.error(ctx.window(), "'between', 'after', 'before' or 'on' ('starting' makes the whole "
                    + "cycle, always true)");
        }
        return new TimeOf(text(ctx), time.window(ctx.window(), cycle(ctx.unit)));
    }

    @Override
    public Node visitHas(HasContext ctx) {
        String task = ctx.taskName() == null ? null : name(ctx.taskName());
        Actions actions = Actions.of(ctx.action().getText());
        Window window = null;
        java.time.Duration past = null;
        if (ctx.period() instanceof TodayPeriodContext today) {
            window = today.window() == null ? Window.whole(Cycle.DAY) : time.window(today.window(), Cycle.DAY);
        } else if (ctx.period() instanceof ThisPeriodContext thisPeriod) {
            Cycle cycle = cycle(thisPeriod.unit);
            window = thisPeriod.window() == null ? Window.whole(cycle) : time.window(thisPeriod.window(), cycle);
        } else if (ctx.period() instanceof PastPeriodContext pastPeriod) {
            past = time.duration(pastPeriod.duration());
        }
        return new Has(text(ctx), task, actions, window, past);
    }

    @Override
    public Node visitRunning(RunningContext ctx) {
        return new Running(text(ctx), name(ctx.taskName()),
                ctx.duration() == null ? null : time.duration(ctx.duration()));
    }

    @Override
    public Node visitAfterTask(AfterTaskContext ctx) {
        return new After(text(ctx), List.of(name(ctx.taskName())), true, dependency(ctx.dependAction()));
    }

    @Override
    public Node visitAfterTasks(AfterTasksContext ctx) {
        List<String> names = new ArrayList<>();
        for (TaskNameContext name : ctx.taskName()) {
            names.add(name(name));
        }
        boolean all = ctx.quantifier == null || ctx.quantifier.getType() == ConditionLexer.ALL;
        return new After(text(ctx), names, all, dependency(ctx.dependAction()));
    }

    @Override
    public Node visitRetry(RetryContext ctx) {
        int limit = -1;
        if (ctx.NUMBER() != null) {
            limit = count(ctx.NUMBER().getSymbol(), 1, RETRIES);
        }
        return new Retry(text(ctx), limit);
    }

    @Override
    public Node visitSchedulerRunOver(SchedulerRunOverContext ctx) {
        return new SchedulerUptime(text(ctx), time.duration(ctx.duration()), true);
    }

    @Override
    public Node visitSchedulerStarted(SchedulerStartedContext ctx) {
        return new SchedulerUptime(text(ctx), time.duration(ctx.duration()), false);
    }

    @Override
    public Node visitSchedulerCycles(SchedulerCyclesContext ctx) {
        int n = count(ctx.NUMBER().getSymbol(), 0, CYCLES);
        SchedulerCycles.Comparison comparison = ctx.cmp == null ? SchedulerCycles.Comparison.EXACTLY
                : ctx.cmp.getType() == ConditionLexer.MORE_KW ? SchedulerCycles.Comparison.MORE
                : SchedulerCycles.Comparison.LESS;
        return new SchedulerCycles(text(ctx), n, comparison);
    }

    @Override
    public Node visitEnv(EnvContext ctx) {
        return new Param(text(ctx), "env", unquote(ctx.STRING().getText()));
    }

    @Override
    public Node visitParamExists(ParamExistsContext ctx) {
        return new Param(text(ctx), unquote(ctx.STRING().getText()), null);
    }

    @Override
    public Node visitParamIs(ParamIsContext ctx) {
        return new Param(text(ctx), unquote(ctx.STRING(0).getText()), unquote(ctx.STRING(1).getText()));
    }

    @Override
    public Node visitPhrase(PhraseContext ctx) {
        List<Token> words = new ArrayList<>();
        for (int i = ctx.getStart().getTokenIndex(); i <= ctx.getStop().getTokenIndex(); i++) {
            words.add(tokens.get(i));
        }
        return PhraseMatcher.match(input, text(ctx), words, phrases);
    }

    private Actions dependency(ParserRuleContext action) {
        return action == null ? Actions.SUCCEEDED : Actions.of(action.getText());
    }

    private int count(Token number, int min, String expected) {
        String digits = number.getText();
        if (digits.contains(".") || digits.length() > 9 || Integer.parseInt(digits) < min) {
            throw SyntaxErrors.value(number, number, "'" + digits + "'", expected);
        }
        return Integer.parseInt(digits);
    }

    private static Cycle cycle(Token unit) {
        return switch (unit.getType()) {
            case ConditionLexer.MINUTE -> Cycle.MINUTE;
            case ConditionLexer.HOUR -> Cycle.HOUR;
            case ConditionLexer.DAY -> Cycle.DAY;
            case ConditionLexer.WEEK -> Cycle.WEEK;
            default -> Cycle.MONTH;
        };
    }

    private static Cycle cycle(UnitNameContext unit) {
        return cycle(unit.getStart());
    }

    private String name(TaskNameContext ctx) {
        String name = unquote(ctx.STRING().getText());
        if (name.isBlank()) {
            Token t = ctx.STRING().getSymbol();
            throw SyntaxErrors.value(t, t, describeQuoted(t), "a task name with at least one visible character");
        }
        return name;
    }

    private static String describeQuoted(Token t) {
        return "the empty name " + t.getText();
    }

    /** The text inside quotes, with doubled quotes made single. */
    static String unquote(String quoted) {
        char q = quoted.charAt(0);
        return quoted.substring(1, quoted.length() - 1).replace("" + q + q, "" + q);
    }

    /** The normalised text of a part (its tokens, keywords in lower case, single spaces), or null for the canonical text. */
    private String text(ParserRuleContext ctx) {
        return keepText ? NormalText.of(tokens, ctx) : null;
    }
}
