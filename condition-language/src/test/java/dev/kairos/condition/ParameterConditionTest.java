package dev.kairos.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code env 'x'}, {@code param 'k' exists} and {@code param 'k' is 'v'} over session parameters. */
class ParameterConditionTest {

    private static EvaluationContext withParameters(String parameters) {
        EvaluationContextBuilder b = EvaluationContext.builder().now(Instant.parse("2024-05-01T09:00:00Z"));
        if (parameters != null) {
            for (String pair : parameters.split(",")) {
                String[] kv = pair.strip().split("=", 2);
                b.parameter(kv[0], kv[1]);
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "[{index}] {0} with [{1}] is {2}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # condition                 ; parameters             ; expected
            env 'prod'                  ; env=prod               ; true
            env 'prod'                  ; env=test               ; false
            env 'prod'                  ; env=PROD               ; false
            env 'prod'                  ;                        ; false
            env 'prod'                  ; environment=prod       ; false
            ENV 'prod'                  ; env=prod               ; true
            env "prod"                  ; env=prod               ; true
            param 'mode' exists         ; mode=full              ; true
            param 'mode' exists         ; mode=                  ; true
            param 'mode' exists         ; other=full             ; false
            param 'mode' exists         ;                        ; false
            param 'mode' is 'full'      ; mode=full              ; true
            param 'mode' is 'full'      ; mode=fast              ; false
            param 'mode' is 'full'      ; mode=full , other=x    ; true
            param 'mode' is 'full'      ;                        ; false
            param 'mode' is ''          ; mode=                  ; true
            param 'it''s' is 'a b'      ; it's=a b               ; true
            PARAM 'mode' IS 'full'      ; mode=full              ; true
            param 'Mode' exists         ; mode=full              ; false
            """)
    void parameters_are_matched_by_exact_name_and_text(String condition, String parameters, boolean expected) {
        assertEquals(expected, Condition.parse(condition).test(withParameters(parameters)));
    }

    @ParameterizedTest(name = "[{index}] {0} with {1} is {2}")
    @CsvSource(delimiter = ';', textBlock = """
            param 'n' is '5'   ; 5 ; true
            param 'n' is '5'   ; 6 ; false
            param 'n' exists   ; 5 ; true
            """)
    void param_is_compares_the_text_of_a_non_text_value(String condition, int value, boolean expected) {
        EvaluationContext ctx = EvaluationContext.builder().now(Instant.EPOCH).parameter("n", value).build();
        assertEquals(expected, Condition.parse(condition).test(ctx));
    }
}
