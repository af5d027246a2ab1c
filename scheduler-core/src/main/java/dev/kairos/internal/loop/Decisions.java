package dev.kairos.internal.loop;

import dev.kairos.log.LogRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one pass decided: the records to write, the runs to launch and the runs to terminate, in
 * the order decided. Gathered while the pass looks at its tasks, then frozen: the recorder and the
 * launchers take it as it is, and nobody changes it behind their backs.
 *
 * @param records  the pass's records, written together before any of its runs starts or stops
 * @param launches the runs to hand to their launchers once the records are written
 * @param stops    the runs to terminate once the records are written
 */
record Decisions(List<LogRecord> records, List<RunState> launches, List<RunState> stops) {

    /** A pass that decided nothing (most passes): shared, so such a pass allocates nothing here. */
    static final Decisions NONE = new Decisions(List.of(), List.of(), List.of());

    /** Collects the decisions of one pass; {@link #freeze()} ends it. */
    static final class Builder {
        private List<LogRecord> records;
        private List<RunState> launches;
        private List<RunState> stops;
        private boolean frozen;

        void launch(RunState run) {
            open();
            records.add(run.startRecord());
            launches.add(run);
        }

        void stop(RunState run, LogRecord record) {
            open();
            records.add(record);
            stops.add(run);
        }

        private void open() {
            if (frozen) {
                throw new IllegalStateException("the pass's decisions are frozen");
            }
            if (records == null) {
                records = new ArrayList<>();
                launches = new ArrayList<>();
                stops = new ArrayList<>();
            }
        }

        /** The decisions so far; the builder cannot be used afterwards. */
        Decisions freeze() {
            if (frozen) {
                throw new IllegalStateException("the pass's decisions are frozen");
            }
            frozen = true;
            return records == null ? NONE : new Decisions(Collections.unmodifiableList(records),
                    Collections.unmodifiableList(launches), Collections.unmodifiableList(stops));
        }
    }
}
