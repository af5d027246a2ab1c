package dev.kairos;

import dev.kairos.param.Parameter;
import dev.kairos.param.ParameterSupplier;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Reads {@code @Parameter}-annotated methods into parameter suppliers. */
final class SupplierMethods {
    private SupplierMethods() {
    }

    static Map<String, ParameterSupplier<?>> of(Object target) {
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
                String name = p.value().isBlank() ? m.getName() : p.value();
                suppliers.putIfAbsent(name, () -> invoke(target, m));
            }
        }
        return suppliers;
    }

    private static Object invoke(Object target, Method m) throws Exception {
        try {
            return m.invoke(target);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw (Error) e.getCause();
        }
    }
}
