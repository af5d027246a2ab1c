package dev.kairos.loaders;

import dev.kairos.loaders.PropertiesText.Entry;
import dev.kairos.param.Parameter;
import dev.kairos.task.TaskBody;
import dev.kairos.task.TaskContext;
import java.lang.invoke.MethodType;
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
 * Parameters are injected by name as for {@code @Task} methods; text values are converted to the
 * parameter's primitive, boxed or enum type.
 */
final class MethodTask implements TaskBody {
    private final Object target;
    private final Method method;
    private final List<String> names;

    private MethodTask(Object target, Method method, List<String> names) {
        this.target = target;
        this.method = method;
        this.names = names;
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
            String near = Nearest.to(name, all);
            problems.add(new LoadProblem(file, methodKey.valueLine(), methodKey.valueColumn(), found.isEmpty()
                    ? "class " + className + " has no method '" + name + "'" + (near == null ? "" : "; did you "
                    + "mean '" + near + "'?") + " Its methods: " + String.join(", ", all)
                    : "method '" + name + "' of " + className + " is overloaded (" + found.size() + " methods); "
                    + "give the task its own method name"));
            return Optional.empty();
        }
        Method m = found.get(0);
        try {
            List<String> names = argumentNames(m);
            Object target = Modifier.isStatic(m.getModifiers()) ? null : instance(c);
            m.setAccessible(true);
            return Optional.of(new MethodTask(target, m, names));
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

    /** For each parameter, the name to inject, or null for the TaskContext. */
    static List<String> argumentNames(Method m) {
        List<String> names = new ArrayList<>();
        for (java.lang.reflect.Parameter p : m.getParameters()) {
            Parameter named = p.getAnnotation(Parameter.class);
            if (p.getType() == TaskContext.class) {
                names.add(null);
            } else if (named != null && !named.value().isBlank()) {
                names.add(named.value());
            } else if (p.isNamePresent()) {
                names.add(p.getName());
            } else {
                throw new IllegalArgumentException("parameter " + p.getName() + " has no name: compile the class "
                        + "with -parameters or annotate the parameter with @Parameter(\"name\")");
            }
        }
        return names;
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[names.size()];
        for (int i = 0; i < args.length; i++) {
            String name = names.get(i);
            args[i] = name == null ? context : convert(context.require(name), types[i], name);
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw (Error) e.getCause();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object convert(Object value, Class<?> type, String name) {
        Class<?> boxed = type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
        if (value == null || boxed.isInstance(value)) {
            if (value == null && type.isPrimitive()) {
                throw new IllegalArgumentException("parameter '" + name + "' is null and cannot be passed as "
                        + type.getName());
            }
            return value;
        }
        if (value instanceof String s) {
            try {
                if (boxed == Integer.class) {
                    return Integer.valueOf(s.strip());
                } else if (boxed == Long.class) {
                    return Long.valueOf(s.strip());
                } else if (boxed == Double.class) {
                    return Double.valueOf(s.strip());
                } else if (boxed == Boolean.class && (s.strip().equalsIgnoreCase("true")
                        || s.strip().equalsIgnoreCase("false"))) {
                    return Boolean.valueOf(s.strip());
                } else if (boxed.isEnum()) {
                    return Enum.valueOf((Class) boxed, s.strip());
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("parameter '" + name + "' is " + (value instanceof String s ? "'" + s
                + "'" : "a " + value.getClass().getName()) + " and cannot be passed as " + type.getName());
    }

    @Override
    public String toString() {
        return method.getDeclaringClass().getName() + "." + method.getName();
    }
}
