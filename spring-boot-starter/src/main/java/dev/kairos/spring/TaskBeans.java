package dev.kairos.spring;

import dev.kairos.Session;
import dev.kairos.task.Task;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;

/** Notes, as the context makes its beans, those that have {@code @Task} methods; their tasks are added at start. */
final class TaskBeans implements BeanPostProcessor {
    private final Map<Class<?>, Boolean> hasTasks = new ConcurrentHashMap<>();
    private final Map<String, Object> beans = new LinkedHashMap<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof Session) && hasTasks.computeIfAbsent(AopUtils.getTargetClass(bean), TaskBeans::declares)) {
            synchronized (beans) {
                beans.put(name, bean);
            }
        }
        return bean;
    }

    /** The beans with {@code @Task} methods, by bean name, in the order they were made. */
    Map<String, Object> beans() {
        synchronized (beans) {
            return new LinkedHashMap<>(beans);
        }
    }

    private static boolean declares(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (var m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Task.class)) {
                    return true;
                }
            }
        }
        return false;
    }
}
