package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ActionTest {

    @ParameterizedTest
    @EnumSource(Action.class)
    void each_action_reads_back_from_its_code(Action action) {
        assertEquals(action, Action.fromCode(action.code()));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            run          ; RUN
            SUCCESS      ; SUCCESS
            "  Fail "    ; FAIL
            terminate    ; TERMINATE
            Inaction     ; INACTION
            crash        ; CRASH
            """)
    void codes_are_read_ignoring_case_and_blanks(String code, Action expected) {
        assertEquals(expected, Action.fromCode(code));
    }

    @Test
    void an_unknown_code_is_rejected_with_the_accepted_ones() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Action.fromCode("done"));
        assertEquals("unknown action 'done': expected one of run, success, fail, terminate, inaction, crash",
                e.getMessage());
    }
}
