package dev.kairos.task;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;

/**
 * A task body that calls a method, with its parameters injected by name (as for {@link Task}
 * methods). Because it names a class and a method, a child JVM can rebuild it: this is what
 * {@link Execution#PROCESS} runs. In the child, an instance method is called on a new instance made
 * with the class's constructor without parameters; the state of the session's instance does not
 * cross.
 */
public interface MethodBody extends TaskBody {

    /** The method called. */
    Method method();

    /**
     * For each parameter of the method, the name of the task parameter injected into it, or
     * {@code null} for the {@link TaskContext}.
     */
    List<String> parameterNames();

    /**
     * The body that calls {@code method} on {@code target}, or the static {@code method} when
     * {@code target} is null.
     *
     * @throws IllegalArgumentException if a parameter has no name to inject by (compile with
     *                                  {@code -parameters} or use {@link dev.kairos.param.Parameter}),
     *                                  or an instance method has no target
     */
    static MethodBody of(Object target, Method method) {
        Objects.requireNonNull(method, "method");
        if (target == null && !Modifier.isStatic(method.getModifiers())) {
            throw new IllegalArgumentException("method " + method.getDeclaringClass().getName() + "." + method.getName()
                    + " is not static: give the object to call it on");
        }
        return AnnotatedTasks.body(target, method);
    }
}
