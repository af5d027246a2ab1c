package dev.kairos.condition.internal.syntax;

import java.util.Collection;
import java.util.Locale;

/** The "did you mean" rule, documented on the public {@code DidYouMean}. Not API. */
public final class Spelling {
    /** Longer words are no one's typo of a keyword, and their distances would cost time for nothing. */
    private static final int LONGEST_WORD = 40;

    private Spelling() {
    }

    /** The candidate the word most likely stands for, or {@code null}. */
    public static String nearest(String word, Collection<String> candidates) {
        if (word.length() > LONGEST_WORD) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        String cutShort = null;
        for (String c : candidates) {
            String lower = c.toLowerCase(Locale.ROOT);
            if (lower.equals(w)) {
                return null;
            }
            if (w.length() >= 2 && lower.startsWith(w) && (cutShort == null || c.length() < cutShort.length())) {
                cutShort = c;
            }
        }
        if (cutShort != null) {
            return cutShort;
        }
        String best = null;
        int bestDistance = allowedEdits(w.length()) + 1;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** How many edits still look like a typo: 1 up to 4 characters, 2 up to 7, 3 beyond. */
    static int allowedEdits(int length) {
        return length <= 4 ? 1 : length <= 7 ? 2 : 3;
    }

    /** Damerau-Levenshtein distance (optimal string alignment): a swap of neighbours counts once. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
