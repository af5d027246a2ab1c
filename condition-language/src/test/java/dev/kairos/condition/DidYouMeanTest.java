package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidYouMeanTest {
    private static final List<String> KEYS = List.of("args", "class", "command", "disabled", "end", "execution",
            "method", "multilaunch", "name", "phase", "priority", "shell", "start", "timeout", "workdir");

    @ParameterizedTest(name = "[{index}] ''{0}'' among {1} suggests ''{2}''")
    @CsvSource(delimiter = ';', textBlock = """
            # word       ; candidates (blank: the task-file keys)   ; suggestion (none if blank)
            start        ;                                          ;
            START        ;                                          ;
            comm         ;                                          ; command
            Comm         ;                                          ; command
            ti           ;                                          ; timeout
            st           ; started starting start                   ; start
            exist        ; exists                                   ; exists
            c            ;                                          ;
            strat        ;                                          ; start
            srat         ;                                          ;
            stat         ;                                          ; start
            wrkdir       ;                                          ; workdir
            wrkdr        ;                                          ; workdir
            wkdr         ;                                          ;
            tody         ; today tomorrow                           ; today
            tdy          ; today                                    ;
            hourli       ; hourly daily                             ; hourly
            trmnatd      ; terminated                               ;
            tremnatd     ; terminated                               ; terminated
            trmntedx     ; terminated                               ;
            exeuction    ;                                          ; execution
            Fry          ; mon tue wed thu fri sat sun              ; fri
            fry          ; Mon Tue Wed Thu Fri Sat Sun              ; Fri
            fri          ; Mon Tue Wed Thu Fri Sat Sun              ;
            xyz          ;                                          ;
            cat          ; bat hat                                  ; bat
            cat          ; hat bat                                  ; hat
            ab           ; abd abc                                  ; abd
            """)
    void suggests_a_word_cut_short_first_then_the_nearest_within_a_few_edits(String word, String candidates,
            String expected) {
        List<String> among = candidates == null ? KEYS : Arrays.asList(candidates.split(" "));
        assertEquals(Optional.ofNullable(expected), DidYouMean.suggest(word, among));
    }

    @Test
    void no_candidates_give_no_suggestion() {
        assertEquals(Optional.empty(), DidYouMean.suggest("daily", List.of()));
    }

    @Test
    void a_missing_word_or_collection_is_refused() {
        assertThrows(NullPointerException.class, () -> DidYouMean.suggest(null, KEYS));
        assertThrows(NullPointerException.class, () -> DidYouMean.suggest("x", null));
    }
}
