package dev.kairos.log;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * What a reader builds from a log's records, in a form the log can keep beside itself as a
 * checkpoint, so that the next {@link TaskLog#replay(java.time.ZoneId, java.util.function.Consumer,
 * ReplayState) replay} hands over only the records written after it. A session's state is its
 * status cache: per task, what its conditions can ask of the history.
 */
public interface ReplayState {
    /** Writes the state, as it is after every record replayed or appended so far. */
    void save(DataOutput out) throws IOException;

    /**
     * Replaces the state with one {@link #save} wrote.
     *
     * @throws IOException if {@code in} does not hold a state this one can take; the state is then
     *                     left as it was
     */
    void load(DataInput in) throws IOException;
}
