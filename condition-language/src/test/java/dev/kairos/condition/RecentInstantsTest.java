package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecentInstantsTest {
    private static final Instant T = Instant.parse("2024-06-01T00:00:00Z");

    private static Instant t(int seconds) {
        return T.plusSeconds(seconds);
    }

    private static RecentInstants of(String capacity, String seconds) {
        RecentInstants r = new RecentInstants(capacity.equals("all") ? RecentInstants.UNBOUNDED
                : Integer.parseInt(capacity));
        for (String s : seconds.split(" ")) {
            r.add(t(Integer.parseInt(s)));
        }
        return r;
    }

    @ParameterizedTest(name = "[{index}] keeping {0} of {1}: latest before {2} is {3}")
    @CsvSource(delimiter = ';', textBlock = """
            # kept ; added, in this order     ; end ; latest before end (none if blank)
            3      ; 10 20 30 40 50 60        ; 65  ; 60
            3      ; 10 20 30 40 50 60        ; 55  ; 50
            3      ; 10 20 30 40 50 60        ; 50  ; 40
            3      ; 10 20 30 40 50 60        ; 35  ; 30
            3      ; 10 20 30 40 50 60        ; 25  ;
            all    ; 10 20 30 40 50 60        ; 25  ; 20
            all    ; 10 20 30 40 50 60        ; 11  ; 10
            all    ; 10 20 30 40 50 60        ; 10  ;
            4      ; 10 30 20                 ; 30  ; 20
            4      ; 10 30 20                 ; 21  ; 20
            4      ; 10 30 20                 ; 20  ; 10
            3      ; 10 20 30 40 25           ; 30  ; 25
            3      ; 10 20 30 40 25           ; 25  ; 20
            3      ; 10 20 30 40 5            ; 20  ; 10
            3      ; 10 20 30 40 5            ; 10  ;
            1      ; 10 20                    ; 20  ; 10
            1      ; 10 20                    ; 10  ;
            2      ; 10 10 10                 ; 11  ; 10
            2      ; 10 10 10                 ; 10  ;
            all    ; 60 50 40 30 20 10        ; 35  ; 30
            """)
    void latest_before_is_exact_within_the_bound_and_falls_back_to_the_latest_dropped_instant(String kept,
            String added, int end, Integer expected) {
        assertEquals(expected == null ? null : t(expected), of(kept, added).latestBefore(t(end)));
    }

    @ParameterizedTest(name = "[{index}] keeping {0} of {1}: the latest is {2}")
    @CsvSource(delimiter = ';', textBlock = """
            3   ; 10 20 30 40 ; 40
            3   ; 40 10 20 30 ; 40
            3   ; 10 40 5     ; 40
            all ; 30 10 20    ; 30
            """)
    void latest_is_the_newest_instant_whatever_the_order_of_adding(String kept, String added, int expected) {
        assertEquals(t(expected), of(kept, added).latest());
    }

    @Test
    void an_empty_buffer_has_nothing_to_answer() {
        RecentInstants r = new RecentInstants(3);
        assertNull(r.latest());
        assertNull(r.latestBefore(t(100)));
    }

    @Test
    void an_unbounded_buffer_grows_past_its_first_length_and_keeps_every_instant() {
        RecentInstants inOrder = new RecentInstants(RecentInstants.UNBOUNDED);
        RecentInstants reversed = new RecentInstants(RecentInstants.UNBOUNDED);
        for (int i = 1; i <= 1_000; i++) {
            inOrder.add(t(i));
            reversed.add(t(1_001 - i));
        }
        for (RecentInstants r : new RecentInstants[] {inOrder, reversed}) {
            assertEquals(t(1_000), r.latest());
            assertEquals(t(499), r.latestBefore(t(500)));
            assertEquals(t(1), r.latestBefore(t(2)));
            assertNull(r.latestBefore(t(1)));
        }
    }

    @Test
    void a_bounded_buffer_that_grows_stops_at_its_capacity() {
        RecentInstants r = new RecentInstants(40);
        for (int i = 1; i <= 100; i++) {
            r.add(t(i));
        }
        assertEquals(t(61), r.latestBefore(t(62)));
        assertEquals(t(60), r.latestBefore(t(61)), "60 is the latest dropped one");
        assertNull(r.latestBefore(t(60)), "59 was dropped and is not the latest dropped: the limit");
    }

    @Test
    void a_capacity_below_one_is_refused() {
        assertEquals("capacity must be 1 or more, was 0",
                assertThrows(IllegalArgumentException.class, () -> new RecentInstants(0)).getMessage());
    }
}
