package dev.kairos.log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The highest run id a CSV log may have handed out, kept in {@code FILE.ids} beside it, so that run
 * ids are never used twice whatever happens to the log (rotated, truncated, restored from a backup).
 * Ids are reserved ahead in blocks, so the mark is written once per {@link #BLOCK} runs, and exactly
 * at a clean close; after a crash the next session starts after the reserved block (a gap, never a
 * reuse). Only both files deleted together lose it. Not thread-safe: the session thread writes.
 */
final class RunIdMark {
    /** Run ids reserved by one write of the mark. */
    static final long BLOCK = 1_000;
    private final Path file;
    /** The highest run id seen or handed out (in the records appended or replayed, or the mark read). */
    private long highest;
    /** The mark on disk: run ids up to it may have been handed out. */
    private long reserved;

    RunIdMark(Path log) {
        this.file = log.resolveSibling(log.getFileName() + ".ids");
    }

    /** Reads the mark, if there is one; a file that does not hold a number is ignored and rewritten. */
    Optional<String> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty(); // a log without a mark yet (its records tell), or one that cannot be written
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!text.isEmpty() && text.length() < 19 && text.chars().allMatch(Character::isDigit)) {
                reserved = Long.parseLong(text);
                highest = Math.max(highest, reserved);
                return Optional.of(text);
            }
        } catch (NoSuchFileException e) {
            // a log without a mark yet: its records tell
        }
        return Optional.empty();
    }

    /** The highest run id seen, read from the mark or handed out, if any. */
    Optional<String> highest() {
        return highest > 0 ? Optional.of(Long.toString(highest)) : Optional.empty();
    }

    /** Notes a run id read from the log. */
    void note(String runId) {
        long id = numeric(runId);
        if (id > highest) {
            highest = id;
        }
    }

    /** Before {@code records} are written: reserves a block beyond any run id among them not reserved yet. */
    void reserveFor(List<LogRecord> records) throws IOException {
        long top = highest;
        for (LogRecord r : records) {
            long id = numeric(r.runId());
            if (id > top) {
                top = id;
            }
        }
        highest = top;
        if (top > reserved) {
            write(top + BLOCK - 1);
        }
    }

    /** At a clean close: the exact highest run id, so that the next session goes on from it. */
    void settle() throws IOException {
        if (reserved != highest && highest > 0) {
            write(highest);
        }
    }

    private void write(long mark) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        Files.writeString(temp, mark + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        reserved = mark;
    }

    private static long numeric(String runId) {
        if (runId == null || runId.isEmpty() || runId.length() >= 19) {
            return 0;
        }
        for (int i = 0; i < runId.length(); i++) {
            if (!Character.isDigit(runId.charAt(i))) {
                return 0;
            }
        }
        return Long.parseLong(runId);
    }
}
