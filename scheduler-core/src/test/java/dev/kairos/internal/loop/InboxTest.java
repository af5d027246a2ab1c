package dev.kairos.internal.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.condition.Action;
import dev.kairos.internal.launch.Outcome;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InboxTest {
    private static final Instant T0 = Instant.parse("2024-05-06T08:00:00Z");

    private static RunState run(String name) {
        return Fixtures.book().launch(Fixtures.task(name), T0, T0, null, Fixtures.none());
    }

    private static Event.Finished finished(RunState r) {
        return new Event.Finished(r, new Outcome(Action.SUCCESS, null, "", null), T0);
    }

    @Test
    void events_come_out_in_the_order_they_were_posted_including_one_a_wait_kept() throws Exception {
        Inbox inbox = new Inbox();
        assertTrue(inbox.isEmpty());
        Event first = new Event.ShutdownAsked();
        Event second = new Event.ParametersChanged("p");
        inbox.post(first);
        inbox.post(second);
        assertTrue(inbox.await(TimeUnit.SECONDS.toNanos(10)));
        assertFalse(inbox.isEmpty());
        assertEquals(List.of(first, second), List.of(inbox.next(), inbox.next()));
        assertNull(inbox.next());
        assertTrue(inbox.isEmpty());
    }

    @Test
    void waiting_for_runs_ends_when_each_has_finished_and_keeps_every_event() throws Exception {
        Inbox inbox = new Inbox();
        RunState a = run("a");
        RunState b = run("b");
        Event other = new Event.ParametersChanged("p");
        inbox.post(finished(a));
        inbox.post(other);
        Thread poster = new Thread(() -> inbox.post(finished(b)));
        poster.start();
        Set<RunState> waiting = new HashSet<>(Set.of(a, b));
        assertTrue(inbox.awaitFinished(waiting, System.nanoTime() + TimeUnit.SECONDS.toNanos(30)));
        poster.join();
        assertTrue(waiting.isEmpty());
        assertEquals(3, List.of(inbox.next(), inbox.next(), inbox.next()).size());
        assertNull(inbox.next());
    }

    @Test
    void waiting_for_a_run_that_does_not_finish_gives_up_at_the_deadline() throws Exception {
        Inbox inbox = new Inbox();
        RunState a = run("a");
        Set<RunState> waiting = new HashSet<>(Set.of(a));
        assertFalse(inbox.awaitFinished(waiting, System.nanoTime()));
        assertEquals(Set.of(a), waiting);
    }
}
