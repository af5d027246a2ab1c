package dev.kairos.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.Session;
import dev.kairos.condition.Action;
import dev.kairos.micrometer.KairosMetrics;
import dev.kairos.task.Execution;
import dev.kairos.task.Task;
import dev.kairos.view.SessionView;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class KairosAutoConfigurationTest {
    private static final long LIMIT_SECONDS = 30; // a bound on waiting for an event, never a timing

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KairosAutoConfiguration.class))
            .withPropertyValues("kairos.log.store=memory");

    /** A collaborator the task beans get injected; it hears what they do. */
    static final class Greeter {
        final BlockingQueue<String> heard = new LinkedBlockingQueue<>();

        void greet(String what) {
            heard.add(what);
        }

        String next() throws InterruptedException {
            String s = heard.poll(LIMIT_SECONDS, TimeUnit.SECONDS);
            assertThat(s).as("a task ran within %d s", LIMIT_SECONDS).isNotNull();
            return s;
        }
    }

    /** Task methods on a bean, using an injected collaborator and a session parameter. */
    static final class Jobs {
        private final Greeter greeter;

        Jobs(Greeter greeter) {
            this.greeter = greeter;
        }

        @Task(start = "every 1 hour")
        public void hello() {
            greeter.greet("hello");
        }

        @Task(name = "report")
        public void report(String region) {
            greeter.greet("report for " + region);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class JobsConfig {
        @Bean
        Greeter greeter() {
            return new Greeter();
        }

        @Bean
        Jobs jobs(Greeter greeter) {
            return new Jobs(greeter);
        }
    }

    @Test
    void properties_bind_into_the_session() {
        runner.withUserConfiguration(JobsConfig.class).withPropertyValues("kairos.threads=3", "kairos.processes=5",
                "kairos.zone=Europe/Berlin", "kairos.default-execution=main").run(context -> {
                    Session s = context.getBean(Session.class);
                    assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
                    assertThat(s.view().capacity(Execution.THREAD)).isEqualTo(3);
                    assertThat(s.view().capacity(Execution.PROCESS)).isEqualTo(5);
                    assertThat(s.view().task("hello").orElseThrow().execution()).isEqualTo(Execution.MAIN);
                });
    }

    @Test
    void a_bad_value_fails_the_start_naming_the_property() {
        runner.withPropertyValues("kairos.threads=0").run(context -> assertThat(new FailureAnalyzer()
                .analyze(context.getStartupFailure()).getDescription())
                .isEqualTo("Kairos could not start: kairos.threads is 0; it must be a whole number of 1 or more"));
        runner.withPropertyValues("kairos.shutdown-wait=-5s").run(context -> assertThat(
                messages(context.getStartupFailure())).contains("kairos.shutdown-wait is PT-5S"));
        runner.withPropertyValues("kairos.default-execution=sideways").run(context ->
                assertThat(messages(context.getStartupFailure())).contains("kairos.default-execution"));
        runner.withPropertyValues("kairos.zone=Mars/Olympus").run(context ->
                assertThat(messages(context.getStartupFailure())).contains("kairos.zone"));
    }

    @Test
    void backs_off_when_the_application_defines_its_own_session() {
        Session own = Session.builder().build();
        runner.withBean("mySession", Session.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(Session.class);
            assertThat(context.getBean(Session.class)).isSameAs(own);
        });
    }

    @Test
    void kairos_enabled_false_turns_it_all_off() {
        runner.withUserConfiguration(JobsConfig.class).withPropertyValues("kairos.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(Session.class);
            assertThat(context).doesNotHaveBean(SessionLifecycle.class);
            assertThat(context).doesNotHaveBean(TaskBeans.class);
        });
    }

    @Test
    void bean_methods_run_on_the_bean_with_injected_collaborators_and_session_parameters() {
        runner.withUserConfiguration(JobsConfig.class).withPropertyValues("kairos.parameters.region=north")
                .run(context -> {
                    Greeter greeter = context.getBean(Greeter.class);
                    assertThat(greeter.next()).isEqualTo("hello"); // never ran: due at once
                    context.getBean(Session.class).runNow("report");
                    assertThat(greeter.next()).isEqualTo("report for north");
                });
    }

    /** A task that holds its run until released, to stop the context while it runs. */
    static final class Slow {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Task(start = "every 1 hour")
        public void slow() throws InterruptedException {
            started.countDown();
            release.await();
        }
    }

    @Test
    void closing_the_context_lets_the_run_going_on_finish_and_be_recorded() {
        Slow slow = new Slow();
        runner.withBean(Slow.class, () -> slow).withPropertyValues("kairos.shutdown-wait=60s").run(context -> {
            Session s = context.getBean(Session.class);
            assertThat(slow.started.await(LIMIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            Thread releaser = new Thread(() -> {
                while (s.view().state() != SessionView.State.STOPPING) {
                    Thread.onSpinWait(); // the context's close has asked the session to stop
                }
                slow.release.countDown();
            });
            releaser.setDaemon(true);
            releaser.start();
            context.close();
            assertThat(s.view().state()).isEqualTo(SessionView.State.STOPPED);
            assertThat(s.view().task("slow").orElseThrow().lastOutcome()).isEqualTo(Action.SUCCESS);
        });
    }

    static final class BadCondition {
        @Task(start = "every banana")
        public void fruit() {
        }
    }

    @Test
    void a_condition_error_fails_the_start_with_the_kairos_message() {
        runner.withBean(BadCondition.class, BadCondition::new).run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis a = new FailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(a).isNotNull();
            assertThat(a.getDescription()).startsWith("Kairos could not start: bean '")
                    .contains("every banana").contains("fruit");
            assertThat(a.getAction()).contains("@Task");
        });
    }

    static final class ChildOfBean {
        @Task(start = "every 1 hour", execution = Execution.PROCESS)
        public void elsewhere() {
        }
    }

    @Test
    void a_process_task_on_a_bean_is_refused_with_why_and_what_to_do() {
        runner.withBean(ChildOfBean.class, ChildOfBean::new).run(context -> {
            FailureAnalysis a = new FailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(a.getDescription()).contains("task 'elsewhere'").contains("child JVM")
                    .contains("injected collaborators");
            assertThat(a.getAction()).contains("THREAD").contains("static");
        });
        runner.withBean(ChildOfBean.class, ChildOfBean::new).withPropertyValues("kairos.default-execution=process")
                .withBean(Jobs.class, () -> new Jobs(new Greeter())).run(context -> assertThat(
                        new FailureAnalyzer().analyze(context.getStartupFailure()).getDescription()).contains("child JVM"));
    }

    @Test
    void a_bad_task_file_fails_the_start_naming_the_file(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.task"), "start = every banana\ncommand = echo\n");
        runner.withPropertyValues("kairos.tasks.directory=" + dir).run(context -> {
            FailureAnalysis a = new FailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(a.getDescription()).contains("broken.task").contains("every banana");
        });
    }

    @Test
    void task_files_are_loaded_beside_the_beans_tasks(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("echo.task"), "start = every 1 hour\ncommand = echo\nargs = hi\n");
        runner.withUserConfiguration(JobsConfig.class).withPropertyValues("kairos.tasks.directory=" + dir)
                .run(context -> assertThat(context.getBean(Session.class).taskNames())
                        .containsExactlyInAnyOrder("echo", "hello", "report"));
    }

    @Test
    void the_csv_log_is_written_where_the_property_says(@TempDir Path dir) {
        Path log = dir.resolve("log.csv");
        runner.withUserConfiguration(JobsConfig.class).withPropertyValues("kairos.log.store=csv",
                "kairos.log.path=" + log).run(context -> {
                    assertThat(context.getBean(Greeter.class).next()).isEqualTo("hello");
                    context.close();
                    assertThat(Files.readString(log)).contains("hello,run").contains("hello,success");
                });
    }

    @Test
    void the_health_indicator_is_up_while_the_loop_runs_and_out_of_service_once_stopped() {
        runner.withUserConfiguration(JobsConfig.class).run(context -> {
            HealthIndicator health = context.getBean("kairosHealthIndicator", HealthIndicator.class);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getDetails()).containsEntry("state", "running");
            context.close();
            assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        });
    }

    @Test
    void the_endpoint_exists_only_when_exposed_and_lists_explains_and_runs_tasks() {
        runner.withUserConfiguration(JobsConfig.class).run(context ->
                assertThat(context).doesNotHaveBean(KairosEndpoint.class));
        runner.withUserConfiguration(JobsConfig.class)
                .withPropertyValues("management.endpoints.web.exposure.include=kairos", "kairos.parameters.region=west")
                .run(context -> {
                    KairosEndpoint endpoint = context.getBean(KairosEndpoint.class);
                    Greeter greeter = context.getBean(Greeter.class);
                    assertThat(greeter.next()).isEqualTo("hello");
                    assertThat(endpoint.tasks().tasks()).extracting(KairosEndpoint.TaskSummary::name)
                            .containsExactly("hello", "report");
                    KairosEndpoint.TaskDetail report = endpoint.task("report");
                    assertThat(report.task().start()).isNull();
                    assertThat(endpoint.task("nope")).isNull();
                    assertThatThrownBy(() -> endpoint.act("nope", "run", null)).hasMessage("no task named 'nope'");
                    assertThatThrownBy(() -> endpoint.act("report", "explode", null))
                            .hasMessageContaining("action must be run, enable or disable; was 'explode'");
                    assertThat(endpoint.act("report", "run", null)).isNotNull();
                    assertThat(greeter.next()).isEqualTo("report for west");
                    endpoint.act("hello", "disable", null);
                    assertThat(awaitState(endpoint, "hello", "disabled")).isTrue();
                    KairosEndpoint.TaskDetail hello = endpoint.task("hello");
                    assertThat(hello.explanation().condition()).isEqualTo("every 1 hour");
                    assertThat(hello.explanation().value()).isFalse();
                });
    }

    @Test
    void metrics_are_bound_when_the_application_has_a_meter_registry() {
        runner.withUserConfiguration(JobsConfig.class).run(context -> assertThat(context)
                .doesNotHaveBean(KairosMetrics.class));
        runner.withUserConfiguration(JobsConfig.class).withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    assertThat(context).hasSingleBean(KairosMetrics.class);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(context.getBean(Greeter.class).next()).isEqualTo("hello");
                    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
                    while (registry.find("kairos.runs").tag("task", "hello").tag("outcome", "success").counter() == null
                            && System.nanoTime() < end) {
                        Thread.sleep(10); // until the session has recorded the run's finish
                    }
                    assertThat(registry.get("kairos.runs").tag("task", "hello").tag("outcome", "success").counter()
                            .count()).isEqualTo(1.0);
                });
    }

    @Test
    void the_dashboard_is_served_when_enabled_and_refuses_a_public_address_without_a_token() {
        runner.withUserConfiguration(JobsConfig.class).run(context -> assertThat(context)
                .doesNotHaveBean("kairosDashboard"));
        runner.withUserConfiguration(JobsConfig.class)
                .withPropertyValues("kairos.dashboard.enabled=true", "kairos.dashboard.port=0").run(context -> {
                    dev.kairos.dashboard.Dashboard d = context.getBean("kairosDashboard",
                            dev.kairos.dashboard.Dashboard.class);
                    java.net.http.HttpResponse<String> tasks = java.net.http.HttpClient.newHttpClient().send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                                    + d.address().getPort() + "/api/tasks")).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                    assertThat(tasks.statusCode()).isEqualTo(200);
                    assertThat(tasks.body()).contains("\"hello\"").contains("\"report\"");
                });
        runner.withPropertyValues("kairos.dashboard.enabled=true", "kairos.dashboard.host=0.0.0.0",
                "kairos.dashboard.port=0").run(context -> assertThat(new FailureAnalyzer()
                        .analyze(context.getStartupFailure()).getDescription()).startsWith("Kairos could not start: "
                                + "kairos.dashboard: ").contains("0.0.0.0"));
    }

    private static boolean awaitState(KairosEndpoint endpoint, String task, String state) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        while (System.nanoTime() < end) {
            if (endpoint.task(task).task().state().equals(state)) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private static String messages(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c.getMessage()).append('\n');
        }
        return b.toString();
    }
}
