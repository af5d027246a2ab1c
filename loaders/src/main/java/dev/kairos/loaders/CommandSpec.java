package dev.kairos.loaders;

import dev.kairos.loaders.PropertiesText.Entry;
import dev.kairos.task.CommandBody;
import dev.kairos.task.TaskBody;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads the command keys of a task file: command, args or arg.N, shell, workdir, env.NAME. */
final class CommandSpec {
    private CommandSpec() {
    }

    static Optional<TaskBody> read(Path file, Map<String, Entry> entries, List<LoadProblem> problems) {
        int before = problems.size();
        Entry command = entries.get("command");
        if (command.value().isBlank()) {
            problems.add(at(file, command, "key 'command' has no value; give the program to run, e.g. "
                    + "'command=/usr/bin/rsync'"));
        }
        boolean shell = shell(file, entries.get("shell"), problems);
        List<String> argv = new ArrayList<>();
        if (shell) {
            argv.addAll(List.of("sh", "-c", command.value().strip()));
            for (Entry e : entries.values()) {
                if (e.key().equals("args") || e.key().startsWith("arg.")) {
                    problems.add(at(file, e, "with 'shell=true' the whole command line goes in 'command'; "
                            + "'" + e.key() + "' is not used: move it into 'command'"));
                }
            }
        } else {
            argv.add(command.value().strip());
            arguments(file, entries, problems, argv);
        }
        Path workdir = workdir(file, entries.get("workdir"), problems);
        Map<String, String> env = new LinkedHashMap<>();
        entries.forEach((k, e) -> {
            if (k.startsWith("env.")) {
                env.put(k.substring("env.".length()), e.value());
            }
        });
        return problems.size() > before ? Optional.empty() : Optional.of(new CommandBody(argv, workdir, env, null));
    }

    private static boolean shell(Path file, Entry e, List<LoadProblem> problems) {
        if (e == null) {
            return false;
        }
        String v = e.value().strip().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            problems.add(new LoadProblem(file, e.valueLine(), e.valueColumn(), "key 'shell': found '" + e.value()
                    + "', expected true or false"));
        }
        return v.equals("true");
    }

    private static void arguments(Path file, Map<String, Entry> entries, List<LoadProblem> problems,
            List<String> argv) {
        Entry args = entries.get("args");
        TreeMap<Long, String> numbered = new TreeMap<>();
        for (Entry e : entries.values()) {
            if (!e.key().startsWith("arg.")) {
                continue;
            }
            if (args != null) {
                problems.add(at(file, e, "give the arguments either as 'args' (line " + args.line()
                        + ") or as 'arg.1', 'arg.2', …, not both"));
                return;
            }
            try {
                long n = Long.parseLong(e.key().substring("arg.".length()));
                if (n < 0) {
                    throw new NumberFormatException();
                }
                numbered.put(n, e.value());
            } catch (NumberFormatException ex) {
                problems.add(at(file, e, "key '" + e.key() + "': the part after 'arg.' must be a number "
                        + "(arguments are passed in the order of these numbers), e.g. 'arg.1'"));
            }
        }
        if (args != null) {
            try {
                argv.addAll(Words.split(args.value()));
            } catch (IllegalArgumentException ex) {
                problems.add(new LoadProblem(file, args.valueLine(), args.valueColumn(), "key 'args': "
                        + ex.getMessage()));
            }
        }
        argv.addAll(numbered.values());
    }

    private static Path workdir(Path file, Entry e, List<LoadProblem> problems) {
        Path base = file.toAbsolutePath().getParent();
        if (e == null) {
            return base;
        }
        try {
            Path dir = base.resolve(e.value().strip());
            if (!Files.isDirectory(dir)) {
                problems.add(new LoadProblem(file, e.valueLine(), e.valueColumn(), "key 'workdir': " + dir
                        + " is not a directory; give an existing directory (a relative one is taken from the task "
                        + "file's directory)"));
            }
            return dir;
        } catch (InvalidPathException ex) {
            problems.add(new LoadProblem(file, e.valueLine(), e.valueColumn(), "key 'workdir': not a path: "
                    + ex.getMessage()));
            return base;
        }
    }

    private static LoadProblem at(Path file, Entry e, String message) {
        return new LoadProblem(file, e.line(), e.column(), message);
    }
}
