package dev.kairos.postgres;

import java.sql.SQLException;

/** Words for a database failure: its message, and the first underlying cause that says more. */
final class Failures {
    private Failures() {
    }

    static String describe(SQLException e) {
        StringBuilder out = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable cause = e.getNextException() != null ? e.getNextException() : e.getCause();
        for (int depth = 0; cause != null && depth < 5; depth++) {
            String m = cause.getMessage();
            if (m != null && !out.toString().contains(m)) {
                out.append(": ").append(m);
            }
            cause = cause instanceof SQLException s && s.getNextException() != null ? s.getNextException()
                    : cause.getCause();
        }
        return out.toString();
    }
}
