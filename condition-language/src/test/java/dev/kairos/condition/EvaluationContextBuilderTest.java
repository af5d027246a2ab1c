package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EvaluationContextBuilderTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    @Test
    void unset_values_have_their_documented_defaults() {
        EvaluationContext ctx = EvaluationContext.builder().zone(ZoneId.of("UTC")).build();
        assertEquals(Instant.EPOCH, ctx.now());
        assertNull(ctx.taskName());
        assertSame(TaskHistory.empty(), ctx.history("any"));
        assertNull(ctx.parameter("env"));
        assertNull(ctx.schedulerStarted());
        assertEquals(0, ctx.cycles());
        assertEquals(Duration.ofSeconds(1), ctx.recheckInterval());
    }

    @Test
    void the_zone_defaults_to_the_system_zone() {
        assertEquals(ZoneId.systemDefault(), EvaluationContext.builder().build().zone());
    }

    @Test
    void set_values_are_kept() {
        InMemoryHistory h = new InMemoryHistory().record("a", Action.RUN, T0);
        EvaluationContext ctx = EvaluationContext.builder().now(T0).zone(ZoneId.of("Europe/Berlin")).task("a")
                .history(h).parameter("env", "prod").schedulerStarted(T0.minusSeconds(60)).cycles(7)
                .recheckInterval(Duration.ofSeconds(30)).build();
        assertEquals(T0, ctx.now());
        assertEquals(ZoneId.of("Europe/Berlin"), ctx.zone());
        assertEquals("a", ctx.taskName());
        assertEquals(T0, ctx.history("a").latest(Action.RUN));
        assertEquals("prod", ctx.parameter("env"));
        assertEquals(T0.minusSeconds(60), ctx.schedulerStarted());
        assertEquals(7, ctx.cycles());
        assertEquals(Duration.ofSeconds(30), ctx.recheckInterval());
    }

    @Test
    void a_history_function_returning_null_gives_the_empty_history() {
        EvaluationContext ctx = EvaluationContext.builder().histories(name -> null).build();
        assertSame(TaskHistory.empty(), ctx.history("a"));
    }

    @Test
    void later_changes_to_the_builder_do_not_affect_a_built_context() {
        EvaluationContextBuilder b = EvaluationContext.builder().now(T0).parameter("env", "prod");
        EvaluationContext ctx = b.build();
        b.now(T0.plusSeconds(1)).parameter("env", "test");
        assertEquals(T0, ctx.now());
        assertEquals("prod", ctx.parameter("env"));
    }

    @Test
    void at_moves_only_the_instant() {
        EvaluationContext ctx = EvaluationContext.builder().now(T0).zone(ZoneId.of("Asia/Tokyo")).task("a")
                .parameter("k", "v").cycles(3).recheckInterval(Duration.ofSeconds(5)).build();
        EvaluationContext later = ctx.at(T0.plusSeconds(60)).at(T0.plusSeconds(120));
        assertEquals(T0.plusSeconds(120), later.now());
        assertEquals(ZoneId.of("Asia/Tokyo"), later.zone());
        assertEquals("a", later.taskName());
        assertEquals("v", later.parameter("k"));
        assertEquals(3, later.cycles());
        assertEquals(Duration.ofSeconds(5), later.recheckInterval());
        assertEquals(T0, ctx.now());
    }

    @Test
    void bad_values_are_rejected_at_the_setter() {
        EvaluationContextBuilder b = EvaluationContext.builder();
        assertEquals("cycles must be 0 or more, was -1",
                assertThrows(IllegalArgumentException.class, () -> b.cycles(-1)).getMessage());
        assertEquals("recheckInterval must be positive, was PT0S",
                assertThrows(IllegalArgumentException.class, () -> b.recheckInterval(Duration.ZERO)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.recheckInterval(Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> b.now(null));
        assertThrows(NullPointerException.class, () -> b.zone(null));
        assertThrows(NullPointerException.class, () -> b.parameter("k", null));
        assertThrows(NullPointerException.class, () -> b.history(null));
    }
}
