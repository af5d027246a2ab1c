package dev.kairos.condition;

import dev.kairos.condition.internal.syntax.Spelling;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The known word that a misspelt one most likely stands for, for "did you mean …?" hints. Condition
 * errors, task files and task methods all use this one rule, so a typo gets the same hint everywhere.
 *
 * <p>Words are compared without regard to case (in the root locale), and:
 * <ol>
 * <li>a word that is one of the candidates gets no suggestion: it is not misspelt;</li>
 * <li>a word of two or more characters that begins one or more candidates (a word cut short, as in a
 *     file caught half-written) suggests the shortest of them: {@code comm} gives {@code command};</li>
 * <li>otherwise the candidate the fewest edits away is suggested, an edit being an insertion, a
 *     deletion, a substitution or a swap of two neighbours, if it is at most 1 edit away for words of
 *     up to 4 characters, 2 for up to 7 and 3 for longer ones: {@code strat} gives {@code start},
 *     {@code succeded} gives {@code succeeded}, {@code xyz} gives nothing.</li>
 * </ol>
 * Among equally good candidates the first in the collection's iteration order wins, so pass an ordered
 * collection (a list, a sorted set) for an answer that does not change from run to run.
 *
 * <p>It knows nothing of what the words mean, of keyboards or of sounds, and offers one word at most.
 * It compares the word with every candidate: meant for error messages, not for hot paths.
 */
public final class DidYouMean {
    private DidYouMean() {
    }

    /**
     * The candidate that {@code word} most likely stands for, as the candidate is written; empty when
     * the word is a candidate itself or none is close.
     *
     * @throws NullPointerException if the word, the collection or a candidate is {@code null}
     */
    public static Optional<String> suggest(String word, Collection<String> candidates) {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(candidates, "candidates");
        return Optional.ofNullable(Spelling.nearest(word, candidates));
    }
}
