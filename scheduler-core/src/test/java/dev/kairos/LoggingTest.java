package dev.kairos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingTest {
    private final Logger tasks = (Logger) LoggerFactory.getLogger("kairos.task");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void attach() {
        appender.start();
        tasks.addAppender(appender);
        tasks.setLevel(Level.INFO);
    }

    @AfterEach
    void detach() {
        tasks.detachAppender(appender);
        tasks.setLevel(null);
    }

    @Test
    void task_lines_carry_the_task_and_run_in_the_mdc_and_failures_are_errors() {
        try (SessionHarness h = SessionHarness.start(Session.builder().clock(ManualClock.at("2024-01-01T00:00:00Z"))
                .zone(ZoneOffset.UTC).task(TaskDefinition.builder("etl").execution(Execution.THREAD).body(ctx -> {
                    ctx.logger().info("working");
                    throw new IllegalStateException("disk full");
                }).build()))) {
            h.session().runNow("etl");
            h.settle();
        }
        List<ILoggingEvent> events = appender.list;
        ILoggingEvent working = events.stream().filter(e -> e.getFormattedMessage().equals("working")).findFirst()
                .orElseThrow();
        assertEquals("etl", working.getMDCPropertyMap().get("kairos.task"));
        assertEquals("1", working.getMDCPropertyMap().get("kairos.run"));
        assertEquals("kairos.task.etl", working.getLoggerName());
        ILoggingEvent failed = events.stream().filter(e -> e.getLevel() == Level.ERROR).findFirst().orElseThrow();
        assertTrue(failed.getFormattedMessage().contains("disk full"), failed.getFormattedMessage());
        assertEquals("etl", failed.getMDCPropertyMap().get("kairos.task"));
    }
}
