package dev.kairos.loaders;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Java properties syntax ({@link java.util.Properties#load(java.io.Reader)}: {@code key=value},
 * {@code key: value} or {@code key value}, {@code #} and {@code !} comments, backslash line
 * continuations and escapes) keeping the line and column of every key and value, which
 * {@code Properties} forgets. Stricter where a lenient reading would hide a half-written file: a
 * key given twice, a continuation at the end of the file and a malformed {@code \\uXXXX} are
 * errors.
 */
final class PropertiesText {

    /** One key and its value, with where each starts (1-based) and the text of the value's line. */
    record Entry(String key, String value, int line, int column, int valueLine, int valueColumn, String lineText) {
    }

    private PropertiesText() {
    }

    static Map<String, Entry> parse(Path file, String text) throws BadFile {
        String[] lines = text.split("\r\n|\r|\n", -1);
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int start = skipBlank(lines[i], 0);
            if (start == lines[i].length() || lines[i].charAt(start) == '#' || lines[i].charAt(start) == '!') {
                continue;
            }
            // The logical line, and for each of its characters the line and column it came from.
            StringBuilder logical = new StringBuilder();
            List<int[]> where = new ArrayList<>();
            int line = i;
            int from = start;
            while (true) {
                String s = lines[line];
                boolean continues = trailingBackslashes(s) % 2 == 1;
                int end = continues ? s.length() - 1 : s.length();
                for (int c = from; c < end; c++) {
                    logical.append(s.charAt(c));
                    where.add(new int[] {line + 1, c + 1});
                }
                if (!continues) {
                    break;
                }
                if (line + 1 == lines.length) {
                    problems.add(new LoadProblem(file, line + 1, s.length(), "the file ends with a line "
                            + "continuation ('\\'): is it still being written? Finish the value or remove the '\\'"));
                    break;
                }
                line++;
                from = skipBlank(lines[line], 0);
            }
            i = line;
            entry(file, logical.toString(), where, lines, problems, entries);
        }
        if (!problems.isEmpty()) {
            throw new BadFile(problems);
        }
        return entries;
    }

    private static void entry(Path file, String logical, List<int[]> where, String[] lines, List<LoadProblem> problems,
            Map<String, Entry> entries) {
        if (where.isEmpty()) {
            return;
        }
        int k = 0;
        while (k < logical.length() && !separator(logical.charAt(k))) {
            k += logical.charAt(k) == '\\' ? 2 : 1;
        }
        k = Math.min(k, logical.length());
        String rawKey = logical.substring(0, k);
        int v = skipBlank(logical, k);
        if (v < logical.length() && (logical.charAt(v) == '=' || logical.charAt(v) == ':')) {
            v = skipBlank(logical, v + 1);
        }
        int[] keyAt = where.get(0);
        int[] valueAt = v < where.size() ? where.get(v) : new int[] {where.get(where.size() - 1)[0],
                where.get(where.size() - 1)[1] + 1};
        String key = unescape(file, rawKey, where, 0, problems);
        String value = unescape(file, logical.substring(v), where, v, problems);
        if (key == null || value == null) {
            return;
        }
        Entry old = entries.get(key);
        if (old != null) {
            problems.add(new LoadProblem(file, keyAt[0], keyAt[1], "key '" + key + "' is given twice, on line "
                    + old.line() + " and on line " + keyAt[0] + "; keep one of them"));
            return;
        }
        entries.put(key, new Entry(key, value, keyAt[0], keyAt[1], valueAt[0], valueAt[1], lines[valueAt[0] - 1]));
    }

    private static String unescape(Path file, String s, List<int[]> where, int offset, List<LoadProblem> problems) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    String hex = s.substring(i + 1, Math.min(s.length(), i + 5));
                    if (!hex.matches("[0-9a-fA-F]{4}")) {
                        int[] at = where.get(offset + i - 1);
                        problems.add(new LoadProblem(file, at[0], at[1], "malformed escape '\\u" + hex
                                + "': write \\u followed by four hexadecimal digits, or '\\\\u' for a backslash"));
                        return null;
                    }
                    out.append((char) Integer.parseInt(hex, 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    private static boolean separator(char c) {
        return c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f';
    }

    private static int skipBlank(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
            i++;
        }
        return i;
    }

    private static int trailingBackslashes(String s) {
        int n = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            n++;
        }
        return n;
    }
}
