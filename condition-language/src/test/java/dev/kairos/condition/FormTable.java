package dev.kairos.condition;


import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every form of the language as a Rocketry user writes it (its documentation's and test suite's
 * examples, and the forms of the issue that made Kairos read them), with the canonical text the model
 * writes back.
 */
final class FormTable {

    /** One form: as written, and its canonical text. */
    record Form(String text, String canonical) {
        @Override
        public String toString() {
            return text;
        }
    }

    private FormTable() {
    }

    private static Form form(String text, String canonical) {
        return new Form(text, canonical);
    }

    static final List<Form> FORMS = List.of(
            // 'past D' without 'in', for every verb
            form("task 'x' has succeeded past 15 minutes", "task 'x' has succeeded in past 15m"),
            form("task 'x' has failed past 15 minutes", "task 'x' has failed in past 15m"),
            form("task 'x' has finished past 15 minutes", "task 'x' has finished in past 15m"),
            form("task 'x' has terminated past 15 minutes", "task 'x' has terminated in past 15m"),
            form("task 'x' has inacted past 15 minutes", "task 'x' has inacted in past 15m"),
            form("task 'x' has started past 15 minutes", "task 'x' has started in past 15m"),
            form("task 'x' has crashed past 15 minutes", "task 'x' has crashed in past 15m"),
            form("has succeeded past 2 hours, 30 minutes", "has succeeded in past 2h30m"),
            // values in the unit of the cycle
            form("minutely before 45", "minutely before 45"),
            form("minutely after 45:00", "minutely after 45"),
            form("minutely after :30", "minutely after 30"),
            form("time of minute between 15 and 45", "time of minute between 15 and 45"),
            form("time of minute between 15.5 and 45.5", "time of minute between 15.5 and 45.5"),
            form("time of minute between 15.000005 and 45.000005", "time of minute between 15.000005 and 45.000005"),
            form("time of minute before 45", "time of minute before 45"),
            form("hourly between 15:05.5 and 45:10.005", "hourly between 15:05.5 and 45:10.005"),
            form("hourly before 45", "hourly before 45:00"),
            form("secondly between 45 and 46", "secondly between 45 and 46"),
            form("secondly between 15.005 and 45.005", "secondly between 15.005 and 45.005"),
            form("secondly after 500", "secondly after 500"),
            form("secondly on 45", "secondly between 45 and 46"),
            // month days written '1.'
            form("monthly after 1.", "monthly"),
            form("monthly after 2.", "monthly after 2nd"),
            form("time of month between 22. and 2.", "time of month between 22nd and 2nd"),
            form("time of month on 2.", "time of month on 2nd"),
            form("monthly between 1. and 15.", "monthly before 15th"),
            form("monthly before 1.", "monthly on 1st"),
            form("time of month after 5", "time of month after 5th"),
            // 'starting' on every cycle; between T and T
            form("minutely starting 12:00", "minutely starting 12"),
            form("secondly starting 500", "secondly starting 500"),
            form("monthly starting 1.", "monthly"),
            form("monthly starting 3rd", "monthly starting 3rd"),
            form("hourly starting 45:00", "hourly starting 45:00"),
            form("daily starting 10:00", "daily starting 10:00"),
            form("weekly starting Tuesday", "weekly starting Tue"),
            form("hourly between 10:00 and 10:00", "hourly starting 10:00"),
            form("time of week between Tue 00:00 and Tue 00:00", "time of week between Tue and Tue 00:00"),
            form("has succeeded this hour starting :30", "has succeeded this hour starting 30:00"),
            // 'on' with a point finer than the unit
            form("daily on 23:01", "daily between 23:01 and 00:01"),
            form("minutely on 12:00", "minutely between 12 and 13"),
            form("daily on 23:00", "daily after 23:00"),
            form("weekly on Sun 12:00", "weekly between Sun 12:00 and Mon 12:00"),
            // quarters
            form("time of hour between 1 quarter and 3 quarter", "time of hour between 15:00 and 45:00"),
            form("hourly before 2 q", "hourly before 30:00"),
            // the scheduler
            form("scheduler has 3 cycles", "scheduler has 3 cycles"),
            form("scheduler has more than 3 cycles", "scheduler has more than 3 cycles"),
            form("scheduler has less than 3 cycles", "scheduler has less than 3 cycles"),
            form("scheduler started 20 minutes ago", "scheduler started 20m ago"),
            form("scheduler has run over 20 minutes", "scheduler has run over 20m"),
            // Rocketry's documented examples
            form("secondly", "secondly"),
            form("minutely", "minutely"),
            form("hourly", "hourly"),
            form("daily", "daily"),
            form("weekly", "weekly"),
            form("monthly", "monthly"),
            form("hourly after 45:00", "hourly after 45:00"),
            form("daily between 08:00 and 14:00", "daily between 08:00 and 14:00"),
            form("daily between 22:00 and 23:00", "daily between 22:00 and 23:00"),
            form("weekly on Monday", "weekly on Mon"),
            form("weekly before Friday", "weekly before Fri"),
            form("weekly between Tuesday and Wednesday", "weekly between Tue and Wed"),
            form("time of hour after 45:00", "time of hour after 45:00"),
            form("time of hour before 45:00", "time of hour before 45:00"),
            form("time of day between 10:00 and 16:00", "time of day between 10:00 and 16:00"),
            form("time of week on Monday", "time of week on Mon"),
            form("time of week after Monday", "time of week between Mon and Sun"),
            form("time of month after 5th", "time of month after 5th"),
            form("every 10 seconds", "every 10s"),
            form("every 2 days 2 hours 20 seconds", "every 2d2h20s"),
            form("every 1 day, 12 hour, 30 min, 20 sec", "every 1d12h30m20s"),
            form("every 0.5 ms", "every 0.0005s"),
            form("has succeeded this hour", "has succeeded this hour"),
            form("has failed today between 08:00 and 16:00", "has failed today between 08:00 and 16:00"),
            form("has started this week before Friday", "has started this week before Fri"),
            form("has terminated this month after 6th", "has terminated this month after 6th"),
            form("task 'mytask' has inacted this day", "task 'mytask' has inacted today"),
            form("task 'mytask' has succeeded this minute on 30", "task 'mytask' has succeeded this minute between 30 and 31"),
            form("task 'mytask' has failed", "task 'mytask' has failed"),
            form("after task 'a_task'", "after task 'a_task' succeeded"),
            form("after task 'a_task' failed", "after task 'a_task' failed"),
            form("after task 'a_task' terminated", "after task 'a_task' terminated"),
            form("after tasks 'a_task', 'another_task' finished", "after all tasks 'a_task', 'another_task' finished"),
            form("after any tasks 'first', 'second', 'third' failed", "after any tasks 'first', 'second', 'third' failed"),
            form("after any tasks 'it''s' succeeded", "after task 'it''s' succeeded"),
            form("while task 'mytask' is running", "task 'mytask' is running"),
            form("task 'load' is running for more than 2 hours", "task 'load' is running for more than 2h"),
            form("retry", "retry"),
            form("retry 3", "retry 3"),
            form("env 'test'", "env 'test'"),
            form("param 'x' exists", "param 'x' exists"),
            form("param 'x' is 'myval'", "param 'x' is 'myval'"),
            form("cron * * * * *", "cron * * * * *"),
            form("cron 1 2 3 4 5", "cron 1 2 3 4 5"),
            form("always true", "true"),
            form("always false", "false"),
            form("~ always false", "~false"),
            form("always true & always false", "true & false"),
            form("(true & true) | (false & ~ false)", "(true & true) | (false & ~false)"),
            form("daily after 08:00 & (after task 'fetch' | ~retry)", "daily after 08:00 & (after task 'fetch' succeeded | ~retry)"),
            form("true & (false & true)", "true & false & true"),
            form("~(daily | weekly)", "~(daily | weekly)"));

    static Stream<Arguments> forms() {
        return FORMS.stream().map(Arguments::of);
    }
}
