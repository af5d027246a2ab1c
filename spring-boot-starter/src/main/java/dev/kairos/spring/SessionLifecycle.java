package dev.kairos.spring;

import dev.kairos.Session;
import dev.kairos.SessionFailedException;
import dev.kairos.SessionHandle;
import dev.kairos.loaders.DirectoryLoader;
import dev.kairos.loaders.LoadProblem;
import dev.kairos.task.Execution;
import dev.kairos.task.MethodBody;
import dev.kairos.task.TaskDefinition;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the session with the context and stops it gracefully when the context closes. At start it
 * adds the tasks of the beans' {@code @Task} methods and of the task directory; any error there
 * fails the context start with Kairos's message. Its phase is the last to start and the first to
 * stop, so runs going on finish (within the session's shutdown wait) while the rest of the
 * application, web server included, still serves them.
 */
final class SessionLifecycle implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(SessionLifecycle.class);

    private final Session session;
    private final TaskBeans beans;
    private final KairosProperties properties;
    private volatile SessionHandle handle;
    private DirectoryLoader loader;

    SessionLifecycle(Session session, TaskBeans beans, KairosProperties properties) {
        this.session = session;
        this.beans = beans;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (handle != null) {
            return;
        }
        beans.beans().forEach(this::addTasks);
        loadTaskFiles();
        try {
            handle = session.startInBackground();
        } catch (IllegalStateException | SessionFailedException e) {
            closeLoader();
            throw new StartupException(e.getMessage(), "Fix the condition or the task log named above; "
                    + "a condition may name only tasks the session has.", e);
        }
    }

    private void addTasks(String beanName, Object bean) {
        Object target = bean;
        if (AopUtils.isJdkDynamicProxy(bean)) {
            target = AopProxyUtils.getSingletonTarget(bean);
            if (target == null) {
                throw new StartupException("bean '" + beanName + "' has @Task methods but is an interface proxy "
                        + "whose target cannot be reached", "Proxy the bean's class instead "
                        + "(spring.aop.proxy-target-class=true), or move the @Task methods to a bean of their own.");
            }
        }
        List<TaskDefinition> tasks;
        try {
            tasks = TaskDefinition.fromAnnotations(target);
        } catch (IllegalArgumentException e) {
            throw new StartupException("bean '" + beanName + "': " + e.getMessage(), "Fix the @Task annotation.", e);
        }
        for (TaskDefinition t : tasks) {
            Optional<String> added;
            try {
                added = session.add(t);
            } catch (IllegalArgumentException e) {
                throw new StartupException("bean '" + beanName + "': " + e.getMessage(),
                        "Fix the @Task annotation of " + where(t) + ".", e);
            }
            // the execution the session gives it (its own, or the session's default, however that was set)
            added.flatMap(name -> session.view().task(name)).ifPresent(v -> refuseChildOfBean(beanName, t, v.execution()));
        }
    }

    /** A child JVM would call an instance method on a new object, outside Spring: its collaborators would be missing. */
    private void refuseChildOfBean(String beanName, TaskDefinition t, Execution execution) {
        if (execution == Execution.PROCESS && t.body() instanceof MethodBody m
                && !Modifier.isStatic(m.method().getModifiers())) {
            throw new StartupException("task '" + t.name() + "' (" + where(t) + " on bean '" + beanName
                    + "') runs in a child JVM (PROCESS), which would call the method on a new "
                    + m.method().getDeclaringClass().getSimpleName() + " made with its no-argument constructor, "
                    + "outside Spring: none of the bean's injected collaborators would be there",
                    "Run it as THREAD (@Task(execution = Execution.THREAD)), or make the method static and give it "
                    + "what it needs through task parameters.");
        }
    }

    private static String where(TaskDefinition t) {
        return t.body() instanceof MethodBody m ? m.method().getDeclaringClass().getName() + "." + m.method().getName()
                : t.name();
    }

    private void loadTaskFiles() {
        KairosProperties.Tasks tasks = properties.getTasks();
        if (tasks.getDirectory() == null) {
            return;
        }
        DirectoryLoader l;
        try {
            l = DirectoryLoader.builder(session, tasks.getDirectory()).build();
        } catch (RuntimeException e) {
            throw new StartupException("kairos.tasks.directory " + tasks.getDirectory() + ": " + e.getMessage(),
                    "Point kairos.tasks.directory at a directory of task files the application can read.", e);
        }
        List<LoadProblem> problems = l.sync().problems();
        if (!problems.isEmpty()) {
            l.close();
            throw new StartupException("the task files of " + tasks.getDirectory() + " have problems:\n  "
                    + problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n  ")),
                    "Fix the task files named above.");
        }
        if (tasks.isWatch()) {
            l.watch();
        }
        loader = l;
    }

    @Override
    public void stop(Runnable callback) {
        SessionHandle h = handle;
        if (h == null) {
            callback.run();
            return;
        }
        h.shutdown();
        Thread waiter = new Thread(() -> {
            try {
                awaitStop(h);
            } finally {
                callback.run();
            }
        }, "kairos-shutdown");
        waiter.setDaemon(true);
        waiter.start();
    }

    @Override
    public void stop() {
        SessionHandle h = handle;
        if (h != null) {
            h.shutdown();
            awaitStop(h);
        }
    }

    private synchronized void awaitStop(SessionHandle h) {
        try {
            Duration wait = properties.getShutdownWait() == null ? Duration.ofSeconds(30) : properties.getShutdownWait();
            if (!h.awaitStop(wait.plusSeconds(30))) {
                LOG.warn("the Kairos session has not stopped {} after it was asked to; the context goes on closing",
                        wait.plusSeconds(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeLoader();
            handle = null;
        }
    }

    private void closeLoader() {
        if (loader != null) {
            loader.close();
            loader = null;
        }
    }

    @Override
    public boolean isRunning() {
        SessionHandle h = handle;
        return h != null && h.isRunning();
    }

    @Override
    public int getPhase() {
        return DEFAULT_PHASE;
    }
}
