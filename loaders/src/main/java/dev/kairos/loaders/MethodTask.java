package dev.kairos.loaders;

import dev.kairos.condition.DidYouMean;
import dev.kairos.loaders.PropertiesText.Entry;
import dev.kairos.task.MethodBody;
import dev.kairos.task.TaskBody;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A task that calls a method of a class on the session's classpath ({@code class=} and
 * {@code method=} in a task file). A static method is called as is; for an instance method one
 * instance is made when the file is loaded, with the class's constructor without parameters.
 * The body is the core's {@link MethodBody}: parameters are injected by name as for {@code @Task}
 * methods (text values converted to the parameter's primitive, boxed or enum type), and the task can
 * run in a child JVM ({@code execution=process}) when its class is on the session's class path.
 */
final class MethodTask {
    private MethodTask() {
    }

    static Optional<TaskBody> read(Path file, Entry type, Entry methodKey, ClassLoader classes,
            List<LoadProblem> problems) {
        if (methodKey == null || methodKey.value().isBlank()) {
            problems.add(new LoadProblem(file, type.line(), type.column(), "'class' needs 'method=<name>': the "
                    + "method of " + type.value().strip() + " to call"));
            return Optional.empty();
        }
        String className = type.value().strip();
        String name = methodKey.value().strip();
        Class<?> c;
        try {
            c = Class.forName(className, false, classes);
        } catch (ClassNotFoundException | LinkageError e) {
            problems.add(new LoadProblem(file, type.valueLine(), type.valueColumn(), "class '" + className
                    + "' is not on the session's classpath (" + e + "); give a fully qualified name such as "
                    + "com.example.Jobs, and put its jar on the classpath or in the task directory's jar"));
            return Optional.empty();
        }
        List<Method> found = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (!m.isSynthetic()) {
                    all.add(m.getName());
                    if (m.getName().equals(name) && found.stream().noneMatch(f -> overrides(f, m))) {
                        found.add(m);
                    }
                }
            }
        }
        if (found.size() != 1) {
            String near = DidYouMean.suggest(name, all).map(n -> "; did you mean '" + n + "'?").orElse("");
            problems.add(new LoadProblem(file, methodKey.valueLine(), methodKey.valueColumn(), found.isEmpty()
                    ? "class " + className + " has no method '" + name + "'" + near + " Its methods: "
                    + String.join(", ", all)
                    : "method '" + name + "' of " + className + " is overloaded (" + found.size() + " methods); "
                    + "give the task its own method name"));
            return Optional.empty();
        }
        Method m = found.get(0);
        try {
            Object target = Modifier.isStatic(m.getModifiers()) ? null : instance(c);
            return Optional.of(MethodBody.of(target, m));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            problems.add(new LoadProblem(file, methodKey.valueLine(), methodKey.valueColumn(), className + "."
                    + name + " cannot be used: " + (cause instanceof IllegalArgumentException ? cause.getMessage()
                    : cause.toString())));
            return Optional.empty();
        }
    }

    private static boolean overrides(Method sub, Method sup) {
        return List.of(sub.getParameterTypes()).equals(List.of(sup.getParameterTypes()));
    }

    private static Object instance(Class<?> c) throws ReflectiveOperationException {
        if (Modifier.isAbstract(c.getModifiers())) {
            throw new IllegalArgumentException("the class is abstract and the method is not static");
        }
        Constructor<?> k;
        try {
            k = c.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("the method is not static and the class has no constructor without "
                    + "parameters to make an instance with");
        }
        k.setAccessible(true);
        return k.newInstance();
    }

}
