package dev.kairos.loaders;

import java.util.Collection;
import java.util.Locale;

/** The nearest known word to a misspelt one, for "did you mean" hints. */
final class Nearest {
    private Nearest() {
    }

    /**
     * The shortest candidate that starts with the word (a word cut short, as in a file caught
     * half-written), else the closest candidate within a third of the word's length in edits, or null.
     */
    static String to(String word, Collection<String> candidates) {
        String best = null;
        for (String c : candidates) {
            if (word.length() >= 2 && c.startsWith(word) && (best == null || c.length() < best.length())) {
                best = c;
            }
        }
        if (best != null) {
            return best;
        }
        int bestDistance = Math.max(2, word.length() / 3) + 1;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
