package dev.kairos.condition;

import static dev.kairos.condition.Conditions.afterAnyFailure;
import static dev.kairos.condition.Conditions.afterFinish;
import static dev.kairos.condition.Conditions.afterSuccess;
import static dev.kairos.condition.Conditions.always;
import static dev.kairos.condition.Conditions.daily;
import static dev.kairos.condition.Conditions.hourly;
import static dev.kairos.condition.Conditions.minutely;
import static dev.kairos.condition.Conditions.monthly;
import static dev.kairos.condition.Conditions.never;
import static dev.kairos.condition.Conditions.secondly;
import static dev.kairos.condition.Conditions.weekly;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every form of the language as a Rocketry user writes it (its documentation's and test suite's
 * examples, and the forms of the issue that made Kairos read them), with the canonical text the model
 * writes back and the same condition built with {@link Conditions}. Shared by the tests of the
 * parser, of the canonical text and of the typed API.
 */
final class FormTable {

    /** One form: as written, its canonical text, and the condition built in Java. */
    record Form(String text, String canonical, Supplier<Condition> built) {
        @Override
        public String toString() {
            return text;
        }
    }

    private FormTable() {
    }

    private static Form form(String text, String canonical, Supplier<Condition> built) {
        return new Form(text, canonical, built);
    }

    static final List<Form> FORMS = List.of(
            // 'past D' without 'in', for every verb
            form("task 'x' has succeeded past 15 minutes", "task 'x' has succeeded in past 15m",
                    () -> Conditions.hasSucceeded("x").inPast(Duration.ofMinutes(15))),
            form("task 'x' has failed past 15 minutes", "task 'x' has failed in past 15m",
                    () -> Conditions.hasFailed("x").inPast(Duration.ofMinutes(15))),
            form("task 'x' has finished past 15 minutes", "task 'x' has finished in past 15m",
                    () -> Conditions.hasFinished("x").inPast(Duration.ofMinutes(15))),
            form("task 'x' has terminated past 15 minutes", "task 'x' has terminated in past 15m",
                    () -> Conditions.hasTerminated("x").inPast(Duration.ofMinutes(15))),
            form("task 'x' has inacted past 15 minutes", "task 'x' has inacted in past 15m",
                    () -> Conditions.hasInacted("x").inPast(Duration.ofMinutes(15))),
            form("task 'x' has started past 15 minutes", "task 'x' has started in past 15m",
                    () -> Conditions.hasStarted("x").inPast(Duration.ofMinutes(15))),
            form("task 'x' has crashed past 15 minutes", "task 'x' has crashed in past 15m",
                    () -> Conditions.hasCrashed("x").inPast(Duration.ofMinutes(15))),
            form("has succeeded past 2 hours, 30 minutes", "has succeeded in past 2h30m",
                    () -> Conditions.hasSucceeded().inPast(Duration.ofMinutes(150))),
            // values in the unit of the cycle
            form("minutely before 45", "minutely before 45", () -> minutely().before("45")),
            form("minutely after 45:00", "minutely after 45", () -> minutely().after("45:00")),
            form("minutely after :30", "minutely after 30", () -> minutely().after(":30")),
            form("time of minute between 15 and 45", "time of minute between 15 and 45",
                    () -> Conditions.timeOfMinute().between("15", "45")),
            form("time of minute between 15.5 and 45.5", "time of minute between 15.5 and 45.5",
                    () -> Conditions.timeOfMinute().between("15.5", "45.5")),
            form("time of minute between 15.000005 and 45.000005", "time of minute between 15.000005 and 45.000005",
                    () -> Conditions.timeOfMinute().between("15.000005", "45.000005")),
            form("time of minute before 45", "time of minute before 45", () -> Conditions.timeOfMinute().before("45")),
            form("hourly between 15:05.5 and 45:10.005", "hourly between 15:05.5 and 45:10.005",
                    () -> hourly().between("15:05.5", "45:10.005")),
            form("hourly before 45", "hourly before 45:00", () -> hourly().before("45")),
            form("secondly between 45 and 46", "secondly between 45 and 46", () -> secondly().between("45", "46")),
            form("secondly between 15.005 and 45.005", "secondly between 15.005 and 45.005",
                    () -> secondly().between("15.005", "45.005")),
            form("secondly after 500", "secondly after 500", () -> secondly().after("500")),
            form("secondly on 45", "secondly between 45 and 46", () -> secondly().on("45")),
            // month days written '1.'
            form("monthly after 1.", "monthly", () -> monthly().after("1.")),
            form("monthly after 2.", "monthly after 2nd", () -> monthly().after("2.")),
            form("time of month between 22. and 2.", "time of month between 22nd and 2nd",
                    () -> Conditions.timeOfMonth().between("22.", "2.")),
            form("time of month on 2.", "time of month on 2nd", () -> Conditions.timeOfMonth().on("2.")),
            form("monthly between 1. and 15.", "monthly before 15th", () -> monthly().between("1.", "15.")),
            form("monthly before 1.", "monthly on 1st", () -> monthly().before("1.")),
            form("time of month after 5", "time of month after 5th", () -> Conditions.timeOfMonth().after("5")),
            // 'starting' on every cycle; between T and T
            form("minutely starting 12:00", "minutely starting 12", () -> minutely().starting("12:00")),
            form("secondly starting 500", "secondly starting 500", () -> secondly().starting("500")),
            form("monthly starting 1.", "monthly", () -> monthly().starting("1.")),
            form("monthly starting 3rd", "monthly starting 3rd", () -> monthly().starting("3rd")),
            form("hourly starting 45:00", "hourly starting 45:00", () -> hourly().starting("45:00")),
            form("daily starting 10:00", "daily starting 10:00", () -> daily().starting("10:00")),
            form("weekly starting Tuesday", "weekly starting Tue", () -> weekly().starting("Tuesday")),
            form("hourly between 10:00 and 10:00", "hourly starting 10:00", () -> hourly().between("10:00", "10:00")),
            form("time of week between Tue 00:00 and Tue 00:00", "time of week between Tue and Tue 00:00",
                    () -> Conditions.timeOfWeek().between("Tue 00:00", "Tue 00:00")),
            form("has succeeded this hour starting :30", "has succeeded this hour starting 30:00",
                    () -> Conditions.hasSucceeded().thisHour().starting(":30")),
            // 'on' with a point finer than the unit
            form("daily on 23:01", "daily between 23:01 and 00:01", () -> daily().on("23:01")),
            form("minutely on 12:00", "minutely between 12 and 13", () -> minutely().on("12:00")),
            form("daily on 23:00", "daily after 23:00", () -> daily().on("23:00")),
            form("weekly on Sun 12:00", "weekly between Sun 12:00 and Mon 12:00", () -> weekly().on("Sun 12:00")),
            // quarters
            form("time of hour between 1 quarter and 3 quarter", "time of hour between 15:00 and 45:00",
                    () -> Conditions.timeOfHour().between("1 quarter", "3 quarter")),
            form("hourly before 2 q", "hourly before 30:00", () -> hourly().before("2 q")),
            // the scheduler
            form("scheduler has 3 cycles", "scheduler has 3 cycles", () -> Conditions.schedulerCycles(3)),
            form("scheduler has more than 3 cycles", "scheduler has more than 3 cycles",
                    () -> Conditions.schedulerCyclesMoreThan(3)),
            form("scheduler has less than 3 cycles", "scheduler has less than 3 cycles",
                    () -> Conditions.schedulerCyclesLessThan(3)),
            form("scheduler started 20 minutes ago", "scheduler started 20m ago",
                    () -> Conditions.schedulerStartedWithin(Duration.ofMinutes(20))),
            form("scheduler has run over 20 minutes", "scheduler has run over 20m",
                    () -> Conditions.schedulerHasRunOver(Duration.ofMinutes(20))),
            // Rocketry's documented examples
            form("secondly", "secondly", Conditions::secondly),
            form("minutely", "minutely", Conditions::minutely),
            form("hourly", "hourly", Conditions::hourly),
            form("daily", "daily", Conditions::daily),
            form("weekly", "weekly", Conditions::weekly),
            form("monthly", "monthly", Conditions::monthly),
            form("hourly after 45:00", "hourly after 45:00", () -> hourly().after("45:00")),
            form("daily between 08:00 and 14:00", "daily between 08:00 and 14:00", () -> daily().between("08:00", "14:00")),
            form("daily between 22:00 and 23:00", "daily between 22:00 and 23:00", () -> daily().between("22:00", "23:00")),
            form("weekly on Monday", "weekly on Mon", () -> weekly().on("Monday")),
            form("weekly before Friday", "weekly before Fri", () -> weekly().before("Friday")),
            form("weekly between Tuesday and Wednesday", "weekly between Tue and Wed",
                    () -> weekly().between("Tuesday", "Wednesday")),
            form("time of hour after 45:00", "time of hour after 45:00", () -> Conditions.timeOfHour().after("45:00")),
            form("time of hour before 45:00", "time of hour before 45:00", () -> Conditions.timeOfHour().before("45:00")),
            form("time of day between 10:00 and 16:00", "time of day between 10:00 and 16:00",
                    () -> Conditions.timeOfDay().between("10:00", "16:00")),
            form("time of week on Monday", "time of week on Mon", () -> Conditions.timeOfWeek().on("Monday")),
            form("time of week after Monday", "time of week between Mon and Sun", () -> Conditions.timeOfWeek().after("Monday")),
            form("time of month after 5th", "time of month after 5th", () -> Conditions.timeOfMonth().after("5th")),
            form("every 10 seconds", "every 10s", () -> Conditions.every(Duration.ofSeconds(10))),
            form("every 2 days 2 hours 20 seconds", "every 2d2h20s",
                    () -> Conditions.every(Duration.ofDays(2).plusHours(2).plusSeconds(20))),
            form("every 1 day, 12 hour, 30 min, 20 sec", "every 1d12h30m20s",
                    () -> Conditions.every(Duration.parse("P1DT12H30M20S"))),
            form("every 0.5 ms", "every 0.0005s", () -> Conditions.every(Duration.ofNanos(500_000))),
            form("has succeeded this hour", "has succeeded this hour", () -> Conditions.hasSucceeded().thisHour()),
            form("has failed today between 08:00 and 16:00", "has failed today between 08:00 and 16:00",
                    () -> Conditions.hasFailed().today().between("08:00", "16:00")),
            form("has started this week before Friday", "has started this week before Fri",
                    () -> Conditions.hasStarted().thisWeek().before("Friday")),
            form("has terminated this month after 6th", "has terminated this month after 6th",
                    () -> Conditions.hasTerminated().thisMonth().after("6th")),
            form("task 'mytask' has inacted this day", "task 'mytask' has inacted today",
                    () -> Conditions.hasInacted("mytask").thisDay()),
            form("task 'mytask' has succeeded this minute on 30", "task 'mytask' has succeeded this minute between 30 and 31",
                    () -> Conditions.hasSucceeded("mytask").thisMinute().on("30")),
            form("task 'mytask' has failed", "task 'mytask' has failed", () -> Conditions.hasFailed("mytask")),
            form("after task 'a_task'", "after task 'a_task' succeeded", () -> afterSuccess("a_task")),
            form("after task 'a_task' failed", "after task 'a_task' failed", () -> Conditions.afterFailure("a_task")),
            form("after task 'a_task' terminated", "after task 'a_task' terminated", () -> Conditions.afterTermination("a_task")),
            form("after tasks 'a_task', 'another_task' finished", "after all tasks 'a_task', 'another_task' finished",
                    () -> afterFinish("a_task", "another_task")),
            form("after any tasks 'first', 'second', 'third' failed", "after any tasks 'first', 'second', 'third' failed",
                    () -> afterAnyFailure("first", "second", "third")),
            form("after any tasks 'it''s' succeeded", "after task 'it''s' succeeded", () -> Conditions.afterAnySuccess("it's")),
            form("while task 'mytask' is running", "task 'mytask' is running", () -> Conditions.isRunning("mytask")),
            form("task 'load' is running for more than 2 hours", "task 'load' is running for more than 2h",
                    () -> Conditions.isRunning("load").forMoreThan(Duration.ofHours(2))),
            form("retry", "retry", Conditions::retry),
            form("retry 3", "retry 3", () -> Conditions.retry(3)),
            form("env 'test'", "env 'test'", () -> Conditions.env("test")),
            form("param 'x' exists", "param 'x' exists", () -> Conditions.paramExists("x")),
            form("param 'x' is 'myval'", "param 'x' is 'myval'", () -> Conditions.paramIs("x", "myval")),
            form("cron * * * * *", "cron * * * * *", () -> Conditions.cron("* * * * *")),
            form("cron 1 2 3 4 5", "cron 1 2 3 4 5", () -> Conditions.cron("1 2 3 4 5")),
            form("always true", "true", Conditions::always),
            form("always false", "false", Conditions::never),
            form("~ always false", "~false", () -> Conditions.not(never())),
            form("always true & always false", "true & false", () -> always().and(never())),
            form("(true & true) | (false & ~ false)", "(true & true) | (false & ~false)",
                    () -> always().and(always()).or(never().and(Conditions.not(never())))),
            form("daily after 08:00 & (after task 'fetch' | ~retry)",
                    "daily after 08:00 & (after task 'fetch' succeeded | ~retry)",
                    () -> daily().after("08:00").and(afterSuccess("fetch").or(Conditions.not(Conditions.retry())))),
            form("true & (false & true)", "true & false & true", () -> Conditions.allOf(always(), never().and(always()))),
            form("~(daily | weekly)", "~(daily | weekly)", () -> Conditions.not(Conditions.anyOf(daily(), weekly()))));

    static Stream<Arguments> forms() {
        return FORMS.stream().map(Arguments::of);
    }
}
