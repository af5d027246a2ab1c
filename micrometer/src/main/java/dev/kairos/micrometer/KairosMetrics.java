package dev.kairos.micrometer;

import dev.kairos.Session;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Objects;

/**
 * A session's meters in a Micrometer registry: {@code KairosMetrics.bind(session, registry)}. The meters
 * (Prometheus names in brackets):
 *
 * <table>
 * <caption>The meters of a binding</caption>
 * <tr><th>name</th><th>type</th><th>tags</th><th>what it tells</th></tr>
 * <tr><td>{@code kairos.runs} ({@code kairos_runs_total})</td><td>counter</td><td>{@code task},
 *     {@code outcome}</td><td>runs finished: one per finish record the session wrote; {@code outcome} is
 *     the record's action ({@code success}, {@code fail}, {@code terminate}, {@code inaction},
 *     {@code crash})</td></tr>
 * <tr><td>{@code kairos.run.duration} ({@code kairos_run_duration_seconds})</td><td>timer</td><td>{@code task},
 *     {@code outcome}</td><td>the runtime of each finish record that has one (a crash found at start may
 *     not)</td></tr>
 * <tr><td>{@code kairos.runs.active} ({@code kairos_runs_active})</td><td>gauge</td><td>{@code task}</td>
 *     <td>runs the binding saw start and not yet finish (a terminated run counts as finished once its
 *     {@code terminate} record is written)</td></tr>
 * <tr><td>{@code kairos.run.lateness} ({@code kairos_run_lateness_seconds})</td><td>timer</td><td>{@code task}</td>
 *     <td>for each body that began: from when the task became due to when its body began (never
 *     negative)</td></tr>
 * <tr><td>{@code kairos.tasks} ({@code kairos_tasks})</td><td>gauge</td><td></td><td>the session's tasks</td></tr>
 * <tr><td>{@code kairos.tasks.enabled} ({@code kairos_tasks_enabled})</td><td>gauge</td><td></td>
 *     <td>the session's enabled tasks</td></tr>
 * <tr><td>{@code kairos.slots.used} ({@code kairos_slots_used})</td><td>gauge</td><td>{@code execution}</td>
 *     <td>slots taken on {@code main}, {@code thread}, {@code process}: runs in progress, including
 *     terminated runs whose bodies have not returned yet</td></tr>
 * <tr><td>{@code kairos.slots.capacity} ({@code kairos_slots_capacity})</td><td>gauge</td>
 *     <td>{@code execution}</td><td>how many runs the execution may have in progress at once; an
 *     execution without a limit ({@code main} by default) has no such gauge</td></tr>
 * </table>
 *
 * <p>What it guarantees: the counts are this session's, from the moment it was bound (nothing is read back
 * from the task log), and only of the records this session wrote itself: with a task log several sessions
 * share (kairos-postgres), each node's runs are counted by that node's binding, so add the nodes up in
 * your queries. Tags take few values (task names, outcomes, executions; never run ids or messages). The
 * gauges read counts that never wait for the session thread, so a scrape never waits, even while a
 * {@code MAIN} run holds that thread. Nothing a registry throws reaches the session: a meter the registry
 * refuses is logged as a warning and skipped, and the others go on.
 *
 * <p>What it does not: a counter or timer appears with its first value (at a task's first finish with that
 * outcome); a {@code kairos.runs.active} gauge exists from binding for each task the session had then,
 * and from its first run for a task added later. A removed task's meters stay until {@link #close()}. The
 * meters hold the session weakly, as Micrometer's gauges do: a session no longer referenced reads as
 * {@code NaN}. Percentiles and histograms of the timers are the registry's choice (a {@code MeterFilter}).
 * Bind a session once per registry. Two sessions in one registry need a common tag that tells them apart
 * (say {@code Tags.of("session", "orders")}): otherwise their counters add up, and only the first
 * session's gauges are kept (Micrometer keeps the first gauge of a name and tags).
 */
public final class KairosMetrics implements AutoCloseable {
    static final String TASK = "task";
    static final String OUTCOME = "outcome";
    static final String EXECUTION = "execution";
    private static final List<String> OWN_TAGS = List.of(TASK, OUTCOME, EXECUTION);

    private final MeterSet meters;

    private KairosMetrics(MeterSet meters) {
        this.meters = meters;
    }

    /**
     * Registers the session's meters in the registry and follows the session from now on; as
     * {@link #bind(Session, MeterRegistry, Iterable)} without common tags.
     */
    public static KairosMetrics bind(Session session, MeterRegistry registry) {
        return bind(session, registry, Tags.empty());
    }

    /**
     * Registers the session's meters in the registry, each with {@code tags} besides its own, and follows
     * the session from now on (by {@link Session#addListener}). Call it from any thread, before or after the
     * session starts; the gauges exist when it returns.
     *
     * @param tags common tags of every meter, such as {@code Tags.of("session", "orders")}
     * @throws IllegalArgumentException if a common tag's key is {@code task}, {@code outcome} or
     *                                  {@code execution} (the meters' own keys)
     * @throws RuntimeException         what the registry throws while the gauges are registered; the
     *                                  session is then left unbound and the gauges already made are removed
     */
    public static KairosMetrics bind(Session session, MeterRegistry registry, Iterable<Tag> tags) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(registry, "registry");
        Tags common = Tags.of(Objects.requireNonNull(tags, "tags"));
        for (Tag tag : common) {
            if (OWN_TAGS.contains(tag.getKey())) {
                throw new IllegalArgumentException("common tag '" + tag.getKey() + "=" + tag.getValue()
                        + "' uses a key the meters set themselves; use a key other than task, outcome or execution");
            }
        }
        MeterSet meters = new MeterSet(registry, common);
        RunMeters runs = new RunMeters(meters);
        try {
            SessionGauges.register(session, meters);
            session.taskNames().forEach(runs::watch);
        } catch (RuntimeException e) {
            meters.close();
            throw e;
        }
        session.addListener(runs);
        return new KairosMetrics(meters);
    }

    /**
     * Removes every meter of this binding from the registry and stops counting; the session goes on
     * unaffected (its listener stays and does nothing). Calling it again does nothing.
     */
    @Override
    public void close() {
        meters.close();
    }
}
