package dev.kairos.condition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Conditions written in Java, their shape checked by the compiler: every form of the condition
 * language, e.g. {@code Conditions.daily().between("08:00", "14:00").and(Conditions.afterSuccess("fetch"))}.
 *
 * <p>Each factory builds the very condition that {@link Condition#parse} makes of the same text, and
 * rejects a bad value at once with the parser's {@link ConditionSyntaxException} (over the text the
 * call stands for, such as {@code minutely before 61}). A built condition's {@code toString()} is its
 * canonical text, which parses back to an equal condition; conditions are equal when they have the
 * same form and values, however they were written. Times are written as in the text, in the unit of
 * the cycle ({@code "45"} in a minute is second 45, {@code "15:05.5"} in an hour is 15 minutes and 5.5
 * seconds); durations are {@link Duration}s.
 */
public final class Conditions {
    private Conditions() {
    }

    /** {@code true}: always. */
    public static Condition always() {
        return Compiler.built("true");
    }

    /** {@code false}: never. */
    public static Condition never() {
        return Compiler.built("false");
    }

    /** {@code a & b & …}: every one holds. */
    public static Condition allOf(Condition first, Condition... more) {
        return Junction.of(true, list(first, more));
    }

    /** {@code a | b | …}: one at least holds. */
    public static Condition anyOf(Condition first, Condition... more) {
        return Junction.of(false, list(first, more));
    }

    /** {@code ~c}: the condition does not hold. */
    public static Condition not(Condition condition) {
        return new Not(null, Junction.node(Objects.requireNonNull(condition, "condition")));
    }

    /** {@code secondly}: once a second; narrow it with a window of milliseconds ({@code between("15.005", "45.005")}). */
    public static Windowed secondly() {
        return (Windowed) Compiler.built("secondly");
    }

    /** {@code minutely}: once a minute; a window of seconds ({@code before("45")}, {@code after(":30")}). */
    public static Windowed minutely() {
        return (Windowed) Compiler.built("minutely");
    }

    /** {@code hourly}: once an hour; a window of minutes ({@code after("45:00")}, {@code between("1 quarter", "3 quarter")}). */
    public static Windowed hourly() {
        return (Windowed) Compiler.built("hourly");
    }

    /** {@code daily}: once a day; a window of times of day ({@code between("08:00", "14:00")}). */
    public static Windowed daily() {
        return (Windowed) Compiler.built("daily");
    }

    /** {@code weekly}: once a week; a window of weekdays ({@code on("Mon")}, {@code after("Fri 15:00")}). */
    public static Windowed weekly() {
        return (Windowed) Compiler.built("weekly");
    }

    /** {@code monthly}: once a month; a window of month days ({@code starting("3rd")}, {@code after("1.")}). */
    public static Windowed monthly() {
        return (Windowed) Compiler.built("monthly");
    }

    /** {@code every D}: the task has not started in the last {@code period}. */
    public static Condition every(Duration period) {
        return Compiler.builtWithDuration("every ", period, "");
    }

    /** {@code cron m h dom mon dow}: five UNIX cron fields, e.g. {@code cron("0 8 * * 1-5")}. */
    public static Condition cron(String fields) {
        return Compiler.built("cron " + Objects.requireNonNull(fields, "fields"));
    }

    /** {@code time of minute …}: now is inside a window of seconds; give it one. */
    public static TimeWindow timeOfMinute() {
        return new TimeOfForm("time of minute");
    }

    /** {@code time of hour …}: now is inside a window of minutes; give it one. */
    public static TimeWindow timeOfHour() {
        return new TimeOfForm("time of hour");
    }

    /** {@code time of day …}: now is inside a window of times of day; give it one. */
    public static TimeWindow timeOfDay() {
        return new TimeOfForm("time of day");
    }

    /** {@code time of week …}: now is inside a window of weekdays; give it one. */
    public static TimeWindow timeOfWeek() {
        return new TimeOfForm("time of week");
    }

    /** {@code time of month …}: now is inside a window of month days; give it one. */
    public static TimeWindow timeOfMonth() {
        return new TimeOfForm("time of month");
    }

    /** {@code has succeeded}: the evaluating task has succeeded (ever, or in a period). */
    public static Status hasSucceeded() {
        return has("", "succeeded");
    }

    /** {@code task 'x' has succeeded}. */
    public static Status hasSucceeded(String task) {
        return has(task(task), "succeeded");
    }

    /** {@code has failed}. */
    public static Status hasFailed() {
        return has("", "failed");
    }

    /** {@code task 'x' has failed}. */
    public static Status hasFailed(String task) {
        return has(task(task), "failed");
    }

    /** {@code has finished}: succeeded, failed or was terminated. */
    public static Status hasFinished() {
        return has("", "finished");
    }

    /** {@code task 'x' has finished}. */
    public static Status hasFinished(String task) {
        return has(task(task), "finished");
    }

    /** {@code has terminated}. */
    public static Status hasTerminated() {
        return has("", "terminated");
    }

    /** {@code task 'x' has terminated}. */
    public static Status hasTerminated(String task) {
        return has(task(task), "terminated");
    }

    /** {@code has inacted}: a run had nothing to do. */
    public static Status hasInacted() {
        return has("", "inacted");
    }

    /** {@code task 'x' has inacted}. */
    public static Status hasInacted(String task) {
        return has(task(task), "inacted");
    }

    /** {@code has started}. */
    public static Status hasStarted() {
        return has("", "started");
    }

    /** {@code task 'x' has started}. */
    public static Status hasStarted(String task) {
        return has(task(task), "started");
    }

    /** {@code has crashed}: a run was open when its session died. */
    public static Status hasCrashed() {
        return has("", "crashed");
    }

    /** {@code task 'x' has crashed}. */
    public static Status hasCrashed(String task) {
        return has(task(task), "crashed");
    }

    /** {@code task 'x' is running}: the task has a run going. */
    public static IsRunning isRunning(String task) {
        return (IsRunning) Compiler.built(task(task) + "is running");
    }

    /** {@code after task 'x' succeeded} ({@code after all tasks 'a', 'b' succeeded} for several). */
    public static Condition afterSuccess(String task, String... more) {
        return after("all", "succeeded", task, more);
    }

    /** {@code after task 'x' failed} (all of several). */
    public static Condition afterFailure(String task, String... more) {
        return after("all", "failed", task, more);
    }

    /** {@code after task 'x' finished}: succeeded, failed or was terminated (all of several). */
    public static Condition afterFinish(String task, String... more) {
        return after("all", "finished", task, more);
    }

    /** {@code after task 'x' terminated} (all of several). */
    public static Condition afterTermination(String task, String... more) {
        return after("all", "terminated", task, more);
    }

    /** {@code after any tasks 'a', 'b' succeeded}. */
    public static Condition afterAnySuccess(String task, String... more) {
        return after("any", "succeeded", task, more);
    }

    /** {@code after any tasks 'a', 'b' failed}. */
    public static Condition afterAnyFailure(String task, String... more) {
        return after("any", "failed", task, more);
    }

    /** {@code after any tasks 'a', 'b' finished}. */
    public static Condition afterAnyFinish(String task, String... more) {
        return after("any", "finished", task, more);
    }

    /** {@code after any tasks 'a', 'b' terminated}. */
    public static Condition afterAnyTermination(String task, String... more) {
        return after("any", "terminated", task, more);
    }

    /** {@code retry}: the task's last finish was a failure, however many in a row. */
    public static Condition retry() {
        return Compiler.built("retry");
    }

    /** {@code retry N}: the last finish was a failure, and at most {@code times} failures in a row. */
    public static Condition retry(int times) {
        return Compiler.builtWithCount("retry ", times, "");
    }

    /** {@code scheduler has run over D}: the scheduler started more than {@code span} ago. */
    public static Condition schedulerHasRunOver(Duration span) {
        return Compiler.builtWithDuration("scheduler has run over ", span, "");
    }

    /** {@code scheduler started D ago}: the scheduler started at most {@code span} ago. */
    public static Condition schedulerStartedWithin(Duration span) {
        return Compiler.builtWithDuration("scheduler started ", span, " ago");
    }

    /** {@code scheduler has more than N cycles}. */
    public static Condition schedulerCyclesMoreThan(int cycles) {
        return Compiler.builtWithCount("scheduler has more than ", cycles, " cycles");
    }

    /** {@code scheduler has less than N cycles}. */
    public static Condition schedulerCyclesLessThan(int cycles) {
        return Compiler.builtWithCount("scheduler has less than ", cycles, " cycles");
    }

    /** {@code scheduler has N cycles}: exactly N loop passes. */
    public static Condition schedulerCycles(int cycles) {
        return Compiler.builtWithCount("scheduler has ", cycles, " cycles");
    }

    /** {@code env 'x'}: the session parameter {@code env} is {@code value}. */
    public static Condition env(String value) {
        return Compiler.built("env " + Texts.quote(Objects.requireNonNull(value, "value")));
    }

    /** {@code param 'k' exists}. */
    public static Condition paramExists(String name) {
        return Compiler.built("param " + Texts.quote(Objects.requireNonNull(name, "name")) + " exists");
    }

    /** {@code param 'k' is 'v'}: the parameter's text is {@code value}. */
    public static Condition paramIs(String name, String value) {
        return Compiler.built("param " + Texts.quote(Objects.requireNonNull(name, "name")) + " is "
                + Texts.quote(Objects.requireNonNull(value, "value")));
    }

    /**
     * A once-per-period form of the whole cycle, which a window narrows. Points are written as in the
     * text, in the unit of the cycle; a bad one is a {@link ConditionSyntaxException}.
     */
    public interface Windowed extends Condition {
        /** {@code … between T and U}: from T to U, wrapping into the next cycle if U is before T; T to T is the whole cycle from T. */
        Condition between(String start, String end);

        /** {@code … after T}: from T to the end of the cycle. */
        Condition after(String start);

        /** {@code … before T}: from the start of the cycle to T. */
        Condition before(String end);

        /** {@code … on T}: the unit that starts at T (a day of a week, an hour of a day, a second of a minute). */
        Condition on(String point);

        /** {@code … starting T}: the whole cycle, beginning at T instead of its usual start. */
        Condition starting(String start);
    }

    /** A {@code time of …} form waiting for its window; points as in {@link Windowed}. */
    public interface TimeWindow {
        /** {@code time of … between T and U}. */
        Condition between(String start, String end);

        /** {@code time of … after T}. */
        Condition after(String start);

        /** {@code time of … before T}. */
        Condition before(String end);

        /** {@code time of … on T}. */
        Condition on(String point);
    }

    /** {@code [task 'x'] has …}: ever, or in a period of the current cycle or the past. */
    public interface Status extends Condition {
        /** {@code … today}, narrowed further by a window of the day if wanted. */
        Windowed today();

        /** {@code … this minute}. */
        Windowed thisMinute();

        /** {@code … this hour}. */
        Windowed thisHour();

        /** {@code … this day}, the same as {@link #today}. */
        Windowed thisDay();

        /** {@code … this week}. */
        Windowed thisWeek();

        /** {@code … this month}. */
        Windowed thisMonth();

        /** {@code … in past D}: in the last {@code span}, excluding the instant exactly {@code span} ago. */
        Condition inPast(Duration span);
    }

    /** {@code task 'x' is running}, optionally for more than a duration. */
    public interface IsRunning extends Condition {
        /** {@code … for more than D}: its oldest run going started more than {@code span} ago. */
        Condition forMoreThan(Duration span);
    }

    /** {@code task 'x' }, as a form names another task. */
    private static String task(String name) {
        return "task " + Texts.quote(Objects.requireNonNull(name, "task")) + " ";
    }

    private static Status has(String who, String verb) {
        return (Status) Compiler.built(who + "has " + verb);
    }

    private static Condition after(String quantifier, String verb, String task, String... more) {
        List<String> names = list(Objects.requireNonNull(task, "task"), Objects.requireNonNull(more, "more"));
        List<String> quoted = names.stream().map(n -> Texts.quote(Objects.requireNonNull(n, "task"))).toList();
        String tasks = names.size() == 1 && quantifier.equals("all") ? "task " + quoted.get(0)
                : quantifier + " tasks " + String.join(", ", quoted);
        return Compiler.built("after " + tasks + " " + verb);
    }

    @SafeVarargs
    private static <T> List<T> list(T first, T... more) {
        List<T> out = new ArrayList<>();
        out.add(first);
        out.addAll(List.of(more));
        return out;
    }
}
