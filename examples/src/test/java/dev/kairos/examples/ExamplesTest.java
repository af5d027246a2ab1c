package dev.kairos.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.Session;
import dev.kairos.condition.Action;
import dev.kairos.loaders.DirectoryLoader;
import dev.kairos.loaders.SyncResult;
import dev.kairos.log.LogRecord;
import dev.kairos.log.TaskLog;
import dev.kairos.task.TaskDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each example does what its documentation says. */
class ExamplesTest {

    static long count(List<LogRecord> records, String task, Action action) {
        return records.stream().filter(r -> r.task().equals(task) && r.action() == action).count();
    }

    @Test
    void daily_routine_runs_once_a_day_twice_a_day_and_on_weekdays() {
        List<LogRecord> week = DailyRoutine.simulateWeek();
        assertEquals(7, count(week, "morning", Action.SUCCESS));
        assertEquals(14, count(week, "twice-a-day", Action.SUCCESS));
        assertEquals(5, count(week, "office-hours", Action.SUCCESS));
    }

    @Test
    void pipeline_stores_on_a_good_day_and_reports_on_a_bad_one() {
        List<LogRecord> good = Pipeline.simulateDay(false);
        assertEquals(1, count(good, "store", Action.SUCCESS));
        assertTrue(good.stream().anyMatch(r -> r.message().equals("stored [A, B, C]")), good.toString());
        assertEquals(0, count(good, "report-errors", Action.RUN));
        List<LogRecord> bad = Pipeline.simulateDay(true);
        assertEquals(1, count(bad, "transform", Action.FAIL));
        assertEquals(0, count(bad, "store", Action.RUN));
        assertEquals(1, count(bad, "report-errors", Action.SUCCESS));
    }

    @Test
    void parameters_come_from_the_task_a_supplier_and_a_return() {
        List<LogRecord> runs = Parameters.simulate();
        List<String> messages = runs.stream().filter(r -> r.task().equals("report") && r.action() == Action.SUCCESS)
                .map(LogRecord::message).toList();
        assertEquals(List.of("test, connection #1, count=42", "test, connection #2, count=42"), messages);
    }

    @Test
    void custom_condition_waits_for_the_file() {
        assertEquals(0, count(CustomConditions.simulate(), "import", Action.RUN)); // no data/in.csv here
    }

    @Test
    void executions_define_the_three_executions() {
        Set<String> names = Set.copyOf(TaskDefinition.fromAnnotations(new Executions()).stream()
                .map(TaskDefinition::name).toList());
        assertEquals(Set.of("on-session-thread", "on-pool", "in-child-jvm", "until-told"), names);
    }

    @Test
    void the_task_directory_loads_without_problems() {
        Session session = Session.builder().taskLog(TaskLog.inMemory()).build();
        try (DirectoryLoader loader = DirectoryLoader.builder(session, Path.of("tasks")).build()) {
            SyncResult r = loader.sync();
            assertEquals(List.of(), r.problems());
            assertEquals(Set.of("fetch", "transform", "store", "report-errors", "hello", "morning-report", "slow",
                    "twice-a-day"), session.taskNames());
        }
    }
}
