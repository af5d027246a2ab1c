package dev.kairos.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.OnConditionError;
import dev.kairos.SessionBuilder;
import dev.kairos.spring.KairosSessionCustomizer;
import dev.kairos.task.Task;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestConstructor;
import tools.jackson.databind.JsonNode;

/** The example's health over HTTP when the session's loop dies: a condition error made fatal on purpose. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kairos.log.store=memory")
@DirtiesContext // its session is broken: no other test may get this context
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class ExampleApplicationHealthTest {

    /** A phrase that throws once broken, with condition errors fatal: breaking it stops the loop. */
    static final class Breakable implements KairosSessionCustomizer {
        private final AtomicBoolean broken = new AtomicBoolean();

        @Override
        public void customize(SessionBuilder builder) {
            builder.onConditionError(OnConditionError.FATAL).phrase("the loop breaks", (values, context) -> {
                if (broken.get()) {
                    throw new IllegalStateException("broken on purpose");
                }
                return false;
            });
        }

        void breakIt() {
            broken.set(true);
        }
    }

    /** The task whose condition is the phrase; the session re-checks it every second (its recheck interval). */
    static final class Canary {
        @Task(name = "canary", start = "the loop breaks")
        public void canary() {
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class BreakableLoop {
        @Bean
        Breakable breakable() {
            return new Breakable();
        }

        @Bean
        Canary canary() {
            return new Canary();
        }
    }

    private final Actuator actuator;
    private final Breakable breakable;

    ExampleApplicationHealthTest(@LocalServerPort int port, Breakable breakable) {
        this.actuator = new Actuator(port);
        this.breakable = breakable;
    }

    @Test
    void health_goes_down_when_the_loop_dies() throws Exception {
        Actuator.Answer up = actuator.get("/health/kairos");
        assertThat(up.status()).isEqualTo(200);
        assertThat(up.json().path("status").asString()).isEqualTo("UP");

        breakable.breakIt();
        JsonNode down = Actuator.await("health DOWN", () -> {
            JsonNode health = actuator.get("/health/kairos").json();
            return health.path("status").asString().equals("DOWN") ? Optional.of(health) : Optional.empty();
        });
        assertThat(down.path("details").path("state").asString()).isEqualTo("stopped");
        assertThat(down.path("details").path("failure").asString()).contains("broken on purpose");
        assertThat(actuator.get("/health").status()).isEqualTo(503);
    }
}
