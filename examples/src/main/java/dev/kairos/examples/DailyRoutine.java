package dev.kairos.examples;

import dev.kairos.Session;
import dev.kairos.log.LogRecord;
import dev.kairos.task.Task;
import java.util.List;

/**
 * A daily routine: once a day after 08:00, twice a day in two windows, and on weekdays during office
 * hours. {@code main} simulates a week and prints the runs.
 */
public class DailyRoutine {

    /** Once a day, at the first moment after 08:00 (or at once if the session starts later). */
    @Task(start = "daily after 08:00")
    public String morning() {
        return "good morning";
    }

    /** Twice a day: once in each window. */
    @Task(name = "twice-a-day", start = "daily between 08:00 and 08:15 | daily between 22:00 and 22:15")
    public void twiceADay() {
    }

    /** Once a day, Monday to Friday, between 09:00 and 17:00. */
    @Task(name = "office-hours", start = "daily between 09:00 and 17:00 & time of week between Mon and Fri")
    public void officeHours() {
    }

    /** The runs of a simulated week, Monday 2024-05-06 to Monday 2024-05-13 (Paris time). */
    public static List<LogRecord> simulateWeek() {
        return Simulation.run(Session.builder().tasks(new DailyRoutine()), "2024-05-05T22:00:00Z",
                "2024-05-12T22:00:00Z");
    }

    public static void main(String[] args) {
        Simulation.print(simulateWeek().stream().filter(r -> r.action() != dev.kairos.condition.Action.RUN).toList());
    }
}
