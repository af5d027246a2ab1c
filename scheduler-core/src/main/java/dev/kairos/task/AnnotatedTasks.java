package dev.kairos.task;

import dev.kairos.param.Parameter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Reads {@link Task}-annotated methods into task definitions. */
final class AnnotatedTasks {
    private AnnotatedTasks() {
    }

    static List<TaskDefinition> of(Object target) {
        Objects.requireNonNull(target, "target");
        List<TaskDefinition> tasks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Class<?> c = target.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                Task task = m.getAnnotation(Task.class);
                if (task != null && seen.add(m.getName() + List.of(m.getParameterTypes()))) {
                    tasks.add(definition(target, m, task));
                }
            }
        }
        return tasks;
    }

    private static TaskDefinition definition(Object target, Method method, Task task) {
        String where = method.getDeclaringClass().getName() + "." + method.getName();
        try {
            TaskBuilder b = TaskDefinition.builder(task.name().isBlank() ? method.getName() : task.name())
                    .body(new AnnotatedMethod(target, method, argumentNames(method, where)))
                    .priority(task.priority())
                    .disabled(task.disabled())
                    .multilaunch(task.multilaunch())
                    .jvmOptions(task.jvmOptions());
            if (!task.start().isBlank()) {
                b.start(task.start());
            }
            if (!task.end().isBlank()) {
                b.end(task.end());
            }
            if (!task.timeout().isBlank()) {
                b.timeout(task.timeout());
            }
            if (task.execution().length > 1) {
                throw new IllegalArgumentException("give at most one execution, found "
                        + List.of(task.execution()));
            }
            if (task.execution().length == 1) {
                b.execution(task.execution()[0]);
            }
            if (task.onStartup() && task.onShutdown()) {
                throw new IllegalArgumentException("a task is onStartup or onShutdown, not both");
            }
            if (task.onStartup()) {
                b.phase(TaskDefinition.Phase.ON_STARTUP);
            } else if (task.onShutdown()) {
                b.phase(TaskDefinition.Phase.ON_SHUTDOWN);
            }
            return b.build();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("@Task " + where + ": " + e.getMessage(), e);
        }
    }

    /** For each parameter, the parameter name to inject, or null for the TaskContext. */
    private static List<String> argumentNames(Method method, String where) {
        List<String> names = new ArrayList<>();
        for (java.lang.reflect.Parameter p : method.getParameters()) {
            Parameter named = p.getAnnotation(Parameter.class);
            if (p.getType() == TaskContext.class) {
                names.add(null);
            } else if (named != null && !named.value().isBlank()) {
                names.add(named.value());
            } else if (p.isNamePresent()) {
                names.add(p.getName());
            } else {
                throw new IllegalArgumentException("parameter " + p.getName() + " of " + where
                        + " has no name: compile with -parameters or annotate it with @Parameter(\"name\")");
            }
        }
        return names;
    }

    /** The body of {@code method} on {@code target} (null for a static method). */
    static MethodBody body(Object target, Method method) {
        String where = method.getDeclaringClass().getName() + "." + method.getName();
        return new AnnotatedMethod(target, method, argumentNames(method, where));
    }

    /** Invokes the method with its parameters resolved from the run's context. */
    private record AnnotatedMethod(Object target, Method method, List<String> parameterNames) implements MethodBody {
        AnnotatedMethod {
            method.setAccessible(true);
        }

        @Override
        public Object run(TaskContext context) throws Exception {
            Class<?>[] types = method.getParameterTypes();
            Object[] args = new Object[parameterNames.size()];
            for (int i = 0; i < args.length; i++) {
                String name = parameterNames.get(i);
                args[i] = name == null ? context : convert(context.require(name), types[i], name, context);
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception ex) {
                    throw ex;
                }
                throw (Error) cause;
            }
        }

        /**
         * The value as the method's parameter type: as is when it fits; text (a {@code .task} file's or
         * the command line's parameters) converted to an int, long, double, boolean or enum constant.
         */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object convert(Object value, Class<?> type, String name, TaskContext context) {
            Class<?> boxed = type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType()
                    : type;
            if (value == null && type.isPrimitive()) {
                throw new IllegalArgumentException("parameter '" + name + "' of task '" + context.taskName()
                        + "' is null and cannot be passed as " + type.getName());
            }
            if (value == null || boxed.isInstance(value)) {
                return value;
            }
            if (value instanceof String text) {
                String s = text.strip();
                try {
                    if (boxed == Integer.class) {
                        return Integer.valueOf(s);
                    } else if (boxed == Long.class) {
                        return Long.valueOf(s);
                    } else if (boxed == Double.class) {
                        return Double.valueOf(s);
                    } else if (boxed == Boolean.class && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
                        return Boolean.valueOf(s);
                    } else if (boxed.isEnum()) {
                        return Enum.valueOf((Class) boxed, s);
                    }
                } catch (IllegalArgumentException e) {
                    // reported below
                }
            }
            throw new IllegalArgumentException("parameter '" + name + "' of task '" + context.taskName() + "' is "
                    + (value instanceof String text ? "'" + text + "'" : "a " + value.getClass().getName())
                    + ", the method takes a " + type.getName());
        }

        @Override
        public String toString() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }
    }
}
