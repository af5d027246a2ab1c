package dev.kairos.loaders;

import java.util.ArrayList;
import java.util.List;

/** Splits an argument line at blanks; '…' or "…" keep blanks inside one argument (no other escapes). */
final class Words {
    private Words() {
    }

    /** @throws IllegalArgumentException for a quote that is not closed */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        int quoteAt = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                quoteAt = i;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("the quote " + quote + " at character " + (quoteAt + 1)
                    + " is not closed; close it (is the file still being written?)");
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
