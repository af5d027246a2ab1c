package dev.kairos.loaders;

import dev.kairos.condition.ConditionParser;
import dev.kairos.condition.ConditionSyntaxException;
import dev.kairos.condition.DidYouMean;
import dev.kairos.loaders.PropertiesText.Entry;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskBuilder;
import dev.kairos.task.TaskDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads a {@code *.task} descriptor (Java properties syntax) into one task: a command, or a method
 * of a class on the session's classpath. Every problem is reported at its key's line and column;
 * any problem rejects the whole file.
 */
final class TaskFile {
    static final Set<String> KEYS = Set.of("name", "start", "end", "execution", "timeout", "priority", "disabled",
            "multilaunch", "phase", "command", "args", "shell", "workdir", "class", "method");
    static final List<String> PREFIXES = List.of("param.", "env.", "arg.");

    private final Path file;
    private final Map<String, Entry> entries;
    private final ConditionParser parser;
    private final List<LoadProblem> problems = new ArrayList<>();

    private TaskFile(Path file, Map<String, Entry> entries, ConditionParser parser) {
        this.file = file;
        this.entries = entries;
        this.parser = parser;
    }

    static FileTasks read(Path file, String text, ConditionParser parser, ClassLoader classes) throws BadFile {
        if (text.isBlank()) {
            throw new BadFile(LoadProblem.of(file, "the file is empty: is it still being written? A task file needs "
                    + "at least 'command=…' or 'class=…' and 'method=…'"));
        }
        TaskFile t = new TaskFile(file, PropertiesText.parse(file, text), parser);
        TaskDefinition d = t.definition(classes);
        if (!t.problems.isEmpty()) {
            throw new BadFile(t.problems);
        }
        return new FileTasks(List.of(d), Map.of());
    }

    private TaskDefinition definition(ClassLoader classes) {
        entries.values().forEach(this::checkKey);
        String name = entries.containsKey("name") ? entries.get("name").value().strip() : stem();
        TaskBuilder b;
        try {
            b = TaskDefinition.builder(name);
        } catch (IllegalArgumentException e) {
            problems.add(at(entries.get("name"), "name must not be blank; remove the key to use the file's name"));
            return null;
        }
        condition("start").ifPresent(b::start);
        condition("end").ifPresent(b::end);
        apply("timeout", v -> b.timeout(v), "a duration such as '90s', '2 hours', '01:30:00', or 'never'");
        apply("priority", v -> b.priority(Integer.parseInt(v)), "an integer such as 0, 10 or -5");
        apply("disabled", v -> b.disabled(bool(v)), "true or false");
        apply("multilaunch", v -> b.multilaunch(bool(v)), "true or false");
        apply("phase", v -> b.phase(phase(v)), "scheduled, startup or shutdown");
        apply("execution", v -> b.execution(execution(v)), executions());
        entries.forEach((k, e) -> {
            if (k.startsWith("param.") && k.length() > "param.".length()) {
                b.parameter(k.substring("param.".length()), e.value());
            }
        });
        body(b, classes);
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            problems.add(LoadProblem.of(file, e.getMessage()));
            return null;
        }
    }

    private void body(TaskBuilder b, ClassLoader classes) {
        Entry command = entries.get("command");
        Entry type = entries.get("class");
        if (command != null && type != null) {
            problems.add(at(type, "a task is either a command or a class and method, not both: remove 'command' "
                    + "(line " + command.line() + ") or 'class'"));
        } else if (command == null && type == null) {
            problems.add(LoadProblem.of(file, "no 'command' and no 'class': say what the task does with "
                    + "'command=program' (and 'args', 'arg.N', 'workdir', 'env.NAME', 'shell') or "
                    + "'class=com.example.Jobs' and 'method=name'; is the file still being written?"));
        } else if (command != null) {
            CommandSpec.read(file, entries, problems).ifPresent(b::body);
            misplaced("method", "'method' goes with 'class', not with 'command'");
        } else {
            MethodTask.read(file, type, entries.get("method"), classes, problems).ifPresent(b::body);
            for (String k : List.of("args", "shell", "workdir")) {
                misplaced(k, "'" + k + "' goes with 'command', not with 'class'");
            }
            entries.keySet().stream().filter(k -> k.startsWith("env.") || k.startsWith("arg.")).findFirst()
                    .ifPresent(k -> misplaced(k, "'" + k + "' goes with 'command', not with 'class'"));
        }
    }

    private void misplaced(String key, String message) {
        if (entries.containsKey(key)) {
            problems.add(at(entries.get(key), message));
        }
    }

    private void checkKey(Entry e) {
        String k = e.key();
        if (KEYS.contains(k)) {
            return;
        }
        for (String p : PREFIXES) {
            if (k.startsWith(p)) {
                if (k.length() == p.length()) {
                    problems.add(at(e, "key '" + k + "' needs a name after the dot, e.g. '" + p + "x'"));
                }
                return;
            }
        }
        int dot = k.indexOf('.');
        Optional<String> near = dot < 0 ? DidYouMean.suggest(k, new TreeSet<>(KEYS))
                : DidYouMean.suggest(k.substring(0, dot + 1), PREFIXES).map(p -> p + k.substring(dot + 1));
        problems.add(at(e, "unknown key '" + k + "'" + near.map(n -> "; did you mean '" + n + "'?").orElse("")
                + " Known keys: " + String.join(", ", new TreeSet<>(KEYS)) + ", "
                + String.join(", ", PREFIXES.stream().map(p -> p + "<name>").toList())));
    }

    private Optional<String> condition(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (e.value().isBlank()) {
            problems.add(at(e, "key '" + key + "' has no value; give a condition such as 'daily after 08:00', "
                    + "or remove the key"));
            return Optional.empty();
        }
        try {
            parser.parse(e.value());
            return Optional.of(e.value());
        } catch (ConditionSyntaxException ex) {
            problems.add(Culprit.of(file, "key '" + key + "'", e.valueLine(), e.valueColumn(), e.lineText(), ex));
            return Optional.empty();
        }
    }

    private interface Setter {
        void set(String value);
    }

    private void apply(String key, Setter setter, String accepted) {
        Entry e = entries.get(key);
        if (e == null) {
            return;
        }
        try {
            setter.set(e.value().strip());
        } catch (ConditionSyntaxException ex) {
            problems.add(Culprit.of(file, "key '" + key + "'", e.valueLine(), e.valueColumn(), e.lineText(), ex));
        } catch (RuntimeException ex) {
            String why = ex.getMessage() == null || ex instanceof NumberFormatException ? "" : " (" + ex.getMessage()
                    + ")";
            problems.add(new LoadProblem(file, e.valueLine(), e.valueColumn(), "key '" + key + "': found '"
                    + e.value() + "'" + why + ", expected " + accepted));
        }
    }

    private static boolean bool(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not true or false");
        };
    }

    private static TaskDefinition.Phase phase(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "scheduled" -> TaskDefinition.Phase.SCHEDULED;
            case "startup" -> TaskDefinition.Phase.ON_STARTUP;
            case "shutdown" -> TaskDefinition.Phase.ON_SHUTDOWN;
            default -> throw new IllegalArgumentException("unknown phase");
        };
    }

    static Execution execution(String v) {
        try {
            return Execution.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown execution");
        }
    }

    private static String executions() {
        return String.join(", ", Arrays.stream(Execution.values()).map(x -> x.name().toLowerCase(Locale.ROOT))
                .toList());
    }

    private String stem() {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - ".task".length());
    }

    private LoadProblem at(Entry e, String message) {
        return e == null ? LoadProblem.of(file, message) : new LoadProblem(file, e.line(), e.column(), message);
    }
}
