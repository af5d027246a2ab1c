package dev.kairos.cli;

/** Input the command cannot use; the message says what was wrong and how to fix it (exit code 3). */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
