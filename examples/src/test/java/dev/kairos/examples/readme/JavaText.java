package dev.kairos.examples.readme;

import java.util.List;

/**
 * Where the code is in lines of Java: outside comments, strings and character literals. Enough to count braces
 * and find a line's last code character; not a parser.
 */
final class JavaText {
    private enum State { CODE, LINE_COMMENT, BLOCK_COMMENT, STRING, CHAR, TEXT_BLOCK }

    private State state = State.CODE;
    private int depth;
    private int opened;

    /** The brace depth after the lines read so far. */
    int depth() {
        return depth;
    }

    /** How many braces the lines read so far opened. */
    int opened() {
        return opened;
    }

    /** Reads one line; returns, for each of its characters, whether it is code. */
    boolean[] read(String line) {
        boolean[] code = new boolean[line.length()];
        if (state == State.LINE_COMMENT) {
            state = State.CODE;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char next = i + 1 < line.length() ? line.charAt(i + 1) : '\0';
            switch (state) {
                case CODE -> {
                    if (c == '/' && next == '/') {
                        state = State.LINE_COMMENT;
                    } else if (c == '/' && next == '*') {
                        state = State.BLOCK_COMMENT;
                        i++;
                    } else if (line.startsWith("\"\"\"", i)) {
                        state = State.TEXT_BLOCK;
                        code[i] = code[i + 1] = code[i + 2] = true;
                        i += 2;
                    } else {
                        code[i] = true;
                        if (c == '"') {
                            state = State.STRING;
                        } else if (c == '\'') {
                            state = State.CHAR;
                        } else if (c == '{') {
                            depth++;
                            opened++;
                        } else if (c == '}') {
                            depth--;
                        }
                    }
                }
                case BLOCK_COMMENT -> {
                    if (c == '*' && next == '/') {
                        state = State.CODE;
                        i++;
                    }
                }
                case STRING, CHAR -> {
                    code[i] = true;
                    if (c == '\\') {
                        code[Math.min(i + 1, line.length() - 1)] = true;
                        i++;
                    } else if (c == (state == State.STRING ? '"' : '\'')) {
                        state = State.CODE;
                    }
                }
                case TEXT_BLOCK -> {
                    code[i] = true;
                    if (c == '\\') {
                        i++;
                    } else if (line.startsWith("\"\"\"", i)) {
                        code[i + 1] = code[i + 2] = true;
                        state = State.CODE;
                        i += 2;
                    }
                }
                case LINE_COMMENT -> {
                    // to the end of the line
                }
            }
        }
        return code;
    }

    /** The index of the last code character of the lines, as {line, column}, or null if they hold no code. */
    static int[] lastCode(List<String> lines) {
        JavaText text = new JavaText();
        int[] last = null;
        for (int l = 0; l < lines.size(); l++) {
            boolean[] code = text.read(lines.get(l));
            for (int c = 0; c < code.length; c++) {
                if (code[c] && !Character.isWhitespace(lines.get(l).charAt(c))) {
                    last = new int[] {l, c};
                }
            }
        }
        return last;
    }
}
