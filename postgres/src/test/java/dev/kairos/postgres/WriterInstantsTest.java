package dev.kairos.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Instants are sent as microseconds and land as PostgreSQL stores the same instant written as text. */
class WriterInstantsTest {
    private static final List<Instant> INSTANTS = List.of(
            Instant.parse("2026-12-02T08:00:00Z"),
            Instant.parse("2026-12-02T08:00:00.123456499Z"),
            Instant.parse("2026-12-02T08:00:00.123456500Z"),
            Instant.parse("2026-12-02T08:00:00.999999500Z"),
            Instant.parse("2026-12-02T08:00:00.000001500Z"),
            Instant.parse("2026-12-02T08:00:00.000002500Z"),
            Instant.parse("2026-12-02T08:00:00.777777777Z"),
            Instant.parse("2026-12-02T08:00:00.000000001Z"),
            Instant.parse("1969-12-31T23:59:59.999999Z"),
            Instant.parse("1901-03-04T05:06:07.250000700Z"),
            Instant.parse("2262-04-12T00:00:00.000001Z"),
            Instant.parse("9999-12-31T23:59:59.999999Z"));

    @Test
    void an_instant_is_stored_as_postgresql_stores_its_text() throws Exception {
        DataSource db = TestDatabase.fresh().dataSource();
        List<LogRecord> written = new ArrayList<>();
        for (int i = 0; i < INSTANTS.size(); i++) {
            Instant at = INSTANTS.get(i);
            written.add(LogRecord.finished("t" + i, Integer.toString(i + 1), Action.SUCCESS, at.minusSeconds(1), at,
                    "", null));
        }
        List<LogRecord> read = new ArrayList<>();
        try (PostgresTaskLog log = PostgresTaskLog.builder(db).node("n").migrate(true).build()) {
            log.replay(ZoneOffset.UTC, r -> { });
            log.open(() -> { });
            assertEquals(Set.of(), log.write(written));
        }
        try (PostgresTaskLog log = PostgresTaskLog.builder(db).node("reader").build()) {
            log.replay(ZoneOffset.UTC, read::add);
        }
        assertEquals(written.size(), read.size());
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select ?::timestamptz")) {
            for (int i = 0; i < written.size(); i++) {
                LogRecord w = written.get(i);
                LogRecord r = read.get(i);
                assertEquals(asText(s, w.created()), r.created(), "created " + w.created());
                assertEquals(asText(s, w.start()), r.start(), "start " + w.start());
                assertEquals(asText(s, w.end()), r.end(), "end " + w.end());
                assertEquals(w.runtime(), r.runtime());
            }
        }
    }

    /** The instant PostgreSQL makes of {@code at}'s ISO text. */
    private static Instant asText(PreparedStatement s, Instant at) throws Exception {
        s.setString(1, at.toString());
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    @Test
    void microseconds_are_rounded_to_the_nearest_even_and_out_of_range_saturate() {
        assertEquals(1_000_000L, Writer.micros(Instant.ofEpochSecond(1)));
        assertEquals(2L, Writer.micros(Instant.ofEpochSecond(0, 1_500)));
        assertEquals(2L, Writer.micros(Instant.ofEpochSecond(0, 2_500)));
        assertEquals(0L, Writer.micros(Instant.ofEpochSecond(0, 499)));
        assertEquals(1L, Writer.micros(Instant.ofEpochSecond(0, 501)));
        assertEquals(-1L, Writer.micros(Instant.ofEpochSecond(-1, 999_999_000)));
        assertEquals(0L, Writer.micros(Instant.ofEpochSecond(-1, 999_999_600)));
        assertEquals(Long.MAX_VALUE, Writer.micros(Instant.MAX));
        assertEquals(Long.MIN_VALUE, Writer.micros(Instant.MIN));
    }
}
