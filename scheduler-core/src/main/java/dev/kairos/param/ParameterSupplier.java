package dev.kairos.param;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A session parameter computed right before each run that asks for it (for example a connection,
 * or today's input file). A failure fails that run, never the session.
 *
 * @param <T> the type of the value
 */
@FunctionalInterface
public interface ParameterSupplier<T> {

    /** The value now. */
    T get() throws Exception;

    /**
     * The suppliers of the {@code @Parameter}-annotated methods of {@code target} (its class and
     * superclasses; a subclass's method wins), by parameter name, each calling its method on
     * {@code target}.
     *
     * @throws IllegalArgumentException naming a method that takes parameters or returns nothing
     */
    static Map<String, ParameterSupplier<?>> fromAnnotations(Object target) {
        Objects.requireNonNull(target, "target");
        Map<String, ParameterSupplier<?>> suppliers = new LinkedHashMap<>();
        for (Class<?> c = target.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                Parameter p = m.getAnnotation(Parameter.class);
                if (p == null) {
                    continue;
                }
                if (m.getParameterCount() != 0 || m.getReturnType() == void.class) {
                    throw new IllegalArgumentException("@Parameter method " + c.getName() + "." + m.getName()
                            + " must take no parameters and return a value");
                }
                m.setAccessible(true);
                suppliers.putIfAbsent(p.value().isBlank() ? m.getName() : p.value(), () -> {
                    try {
                        return m.invoke(target);
                    } catch (InvocationTargetException e) {
                        if (e.getCause() instanceof Exception ex) {
                            throw ex;
                        }
                        throw (Error) e.getCause();
                    }
                });
            }
        }
        return suppliers;
    }
}
