package dev.kairos.loaders;

import dev.kairos.condition.ConditionParser;
import dev.kairos.condition.ConditionSyntaxException;
import dev.kairos.param.Parameter;
import dev.kairos.param.ParameterSupplier;
import dev.kairos.task.Task;
import dev.kairos.task.TaskDefinition;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns the classes of one file into tasks: each concrete class with {@code @Task} methods (its own
 * or inherited) or {@code @Parameter} supplier methods is instantiated once with its constructor
 * without parameters; its tasks are read with {@link TaskDefinition#fromAnnotations} and its
 * suppliers become session parameters. Conditions are checked here so that an error can point at
 * the annotation in the source.
 */
final class AnnotatedClasses {
    private AnnotatedClasses() {
    }

    /**
     * @param source the file's source text, to locate conditions in; null for a jar
     */
    static FileVersion load(Path file, String source, Collection<String> classNames, ClassLoader loader,
            ConditionParser parser) {
        List<TaskDefinition> tasks = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (String name : new TreeSet<>(classNames)) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                if (!declares(c, Task.class) && !declares(c, Parameter.class) || c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
                    continue;
                }
                if (c.isMemberClass() && !Modifier.isStatic(c.getModifiers()) || c.isLocalClass()
                        || c.isAnonymousClass()) {
                    problems.add(LoadProblem.of(file, "class " + name + " has @Task or @Parameter methods but "
                            + "cannot be instantiated on its own: make it a top-level or static nested class"));
                    continue;
                }
                Object instance = instance(c);
                for (TaskDefinition d : TaskDefinition.fromAnnotations(instance)) {
                    if (checked(file, source, d, parser, problems)) {
                        tasks.add(d);
                    }
                }
                parameters.putAll(ParameterSupplier.fromAnnotations(instance));
            } catch (IllegalArgumentException | ReflectiveOperationException | LinkageError e) {
                Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
                problems.add(LoadProblem.of(file, "class " + name + ": " + (cause instanceof IllegalArgumentException
                        ? cause.getMessage() : cause.toString())));
            } catch (RuntimeException e) {
                problems.add(LoadProblem.of(file, "class " + name + " failed while it was set up: " + e));
            } catch (VirtualMachineError e) {
                problems.add(LoadProblem.of(file, "class " + name + " failed while it was set up ("
                        + SyncingLoader.failure(e) + ")"));
            }
        }
        return problems.isEmpty() ? FileVersion.good(file, new FileTasks(tasks, parameters))
                : FileVersion.bad(file, problems);
    }

    /** Whether a method of the class or a superclass carries the annotation. */
    private static boolean declares(Class<?> c, Class<? extends java.lang.annotation.Annotation> annotation) {
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (m.isAnnotationPresent(annotation)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Object instance(Class<?> c) throws ReflectiveOperationException {
        Constructor<?> k;
        try {
            k = c.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("it has @Task or @Parameter methods but no constructor without "
                    + "parameters; add one");
        }
        k.setAccessible(true);
        return k.newInstance();
    }

    /** Whether the task's conditions parse; if not, a problem pointing at the condition in the source. */
    private static boolean checked(Path file, String source, TaskDefinition d, ConditionParser parser,
            List<LoadProblem> problems) {
        boolean ok = true;
        for (String[] c : new String[][] {{"start", d.start()}, {"end", d.end()}}) {
            if (c[1] == null) {
                continue;
            }
            try {
                parser.parse(c[1]);
            } catch (ConditionSyntaxException e) {
                ok = false;
                int at = source == null ? -1 : source.indexOf('"' + c[1] + '"');
                String what = "task '" + d.name() + "', " + c[0] + " condition";
                if (at < 0) {
                    problems.add(Culprit.of(file, what, 0, 0, "", e));
                } else {
                    int[] pos = Culprit.position(source, at + 1);
                    problems.add(Culprit.of(file, what, pos[0], pos[1], Culprit.line(source, pos[0]), e));
                }
            }
        }
        return ok;
    }
}
