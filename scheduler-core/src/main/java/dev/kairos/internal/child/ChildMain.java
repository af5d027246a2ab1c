package dev.kairos.internal.child;

import dev.kairos.condition.Action;
import dev.kairos.internal.launch.Outcome;
import dev.kairos.internal.launch.Parameters;
import dev.kairos.internal.launch.Results;
import dev.kairos.internal.launch.RunContext;
import dev.kairos.internal.launch.Runner;
import dev.kairos.internal.process.ProcessTree;
import dev.kairos.task.MethodBody;
import dev.kairos.task.PortableClassLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point of a child JVM ({@code Execution.PROCESS}): reads the request the session wrote,
 * calls the task's method, writes the response, and exits. Not API: started by the session only.
 *
 * <p>On SIGTERM (the session terminating the run) it sets the run's termination flag, interrupts the
 * task, and stops the processes the task started. Whatever the task leaves behind (threads,
 * processes) ends with the child. When the session's JVM is gone (killed outright), it stops the
 * same way, so that no run goes on that no session watches.
 */
public final class ChildMain {
    /** The system property that names the process id of the session's JVM. */
    static final String SESSION_PROPERTY = "kairos.child.session";
    private static final long WATCH_MILLIS = 200;

    private ChildMain() {
    }

    /**
     * @param args the request file and the response file
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ChildMain REQUEST-FILE RESPONSE-FILE (started by a Kairos session, not by hand)");
            System.exit(2);
        }
        SessionWatch.begin();
        Path responseFile = Path.of(args[1]);
        ChildProtocol.Response response;
        try {
            response = run(Path.of(args[0]));
        } catch (Exception | LinkageError e) {
            response = new ChildProtocol.Response(Action.FAIL.code(), null, "the child JVM could not run the task: " + e,
                    null);
        }
        try (OutputStream out = new FileOutputStream(responseFile.toFile())) {
            ChildProtocol.write(out, response);
        } catch (IOException e) {
            System.err.println("cannot write the response " + responseFile + ": " + e);
            System.exit(4);
        }
        stopDescendants();
        System.exit(0);
    }

    private static ChildProtocol.Response run(Path requestFile) throws Exception {
        ChildProtocol.Request request;
        try (InputStream in = new FileInputStream(requestFile.toFile())) {
            request = ChildProtocol.readRequest(in);
        }
        ClassLoader loader = ChildMain.class.getClassLoader();
        if (!request.classFiles().isEmpty()) {
            loader = new PortableClassLoader("kairos-shipped", loader, request.classFiles(), request.resources(), true);
        }
        Class<?> type = Class.forName(request.className(), true, loader);
        Method method = find(type, request.methodName(), request.parameterTypes(), loader);
        Object target = Modifier.isStatic(method.getModifiers()) ? null : instantiate(type);
        MethodBody body = MethodBody.of(target, method);
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> p : request.parameters().entrySet()) {
            parameters.put(p.getKey(), ChildProtocol.deserialize(p.getValue(), loader));
        }
        RunContext context = new RunContext(request.taskName(), request.runId(), request.started(),
                new Parameters(parameters, Map.of(), Map.of(), new Results()));
        Runtime.getRuntime().addShutdownHook(new Termination(context, Thread.currentThread()));
        Outcome outcome = Runner.executeWithoutMdc(body, context);
        byte[] value = null;
        if (outcome.action() == Action.SUCCESS && outcome.result() != null) {
            try {
                value = ChildProtocol.serialize(new StringBuilder("the return value of ").append(type.getName())
                        .append('.').append(method.getName()).toString(), outcome.result());
            } catch (IllegalArgumentException e) {
                return new ChildProtocol.Response(Action.FAIL.code(), null, e.getMessage(), null);
            }
        }
        return new ChildProtocol.Response(outcome.action().code(), value, outcome.message(), outcome.exception());
    }

    private static Method find(Class<?> type, String name, List<String> parameterTypes, ClassLoader loader)
            throws ClassNotFoundException, NoSuchMethodException {
        Class<?>[] types = new Class<?>[parameterTypes.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = typeNamed(parameterTypes.get(i), loader);
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(name, types);
            } catch (NoSuchMethodException e) {
                // look in the superclass
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name + Arrays.toString(types));
    }

    private static Class<?> typeNamed(String name, ClassLoader loader) throws ClassNotFoundException {
        return switch (name) {
            case "boolean" -> boolean.class;
            case "byte" -> byte.class;
            case "char" -> char.class;
            case "short" -> short.class;
            case "int" -> int.class;
            case "long" -> long.class;
            case "float" -> float.class;
            case "double" -> double.class;
            default -> Class.forName(name, false, loader);
        };
    }

    private static Object instantiate(Class<?> type) throws ReflectiveOperationException {
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new NoSuchMethodException(type.getName() + " has no constructor without parameters, which a child "
                    + "JVM needs to make the object whose @Task method it calls");
        }
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    /** Stops what the task started, so nothing of the run outlives the child. */
    private static void stopDescendants() {
        if (!mayHaveChildren()) {
            return;
        }
        java.util.Iterator<ProcessHandle> children = ProcessHandle.current().children().iterator();
        while (children.hasNext()) {
            ProcessTree.stop(children.next(), java.time.Duration.ofSeconds(1));
        }
    }

    /**
     * Whether this process may have children. On Linux the kernel lists each thread's children in
     * the {@code children} file of each thread under {@code /proc/self/task}, which is much cheaper to read at start-up than the
     * process-handle machinery; elsewhere the answer is always yes.
     */
    private static boolean mayHaveChildren() {
        java.io.File[] threads = new java.io.File("/proc/self/task").listFiles();
        if (threads == null) {
            return true;
        }
        for (java.io.File thread : threads) {
            java.io.File children = new java.io.File(thread, "children");
            if (!children.exists()) {
                return true;
            }
            try (FileInputStream in = new FileInputStream(children)) {
                if (in.read() >= 0) {
                    return true;
                }
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    /**
     * Watches the session's JVM, named by the system property {@value #SESSION_PROPERTY}: once it is
     * gone (killed outright, so it could not stop this child), the JVM exits, which stops the run as
     * SIGTERM does. It looks every {@value #WATCH_MILLIS} ms, sleeping in between: a thread blocked in
     * a read of the standard input would make every exit of the JVM wait for it (300 ms).
     */
    private static final class SessionWatch extends Thread {
        private final long session;

        private SessionWatch(long session) {
            super("kairos-child-session-watch");
            this.session = session;
            setDaemon(true);
        }

        static void begin() {
            String pid = System.getProperty(SESSION_PROPERTY);
            if (pid != null) {
                new SessionWatch(Long.parseLong(pid)).start();
            }
        }

        @Override
        public void run() {
            try {
                Thread.sleep(WATCH_MILLIS); // a short run never pays for the process handles
                ProcessHandle handle = ProcessHandle.of(session).orElse(null);
                while (handle != null && handle.isAlive()) {
                    Thread.sleep(WATCH_MILLIS);
                }
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("the session that started this child JVM is gone; stopping the run");
            System.exit(143);
        }
    }

    /**
     * On SIGTERM: flags the run, interrupts the task, stops what it started. (A named class, not a
     * lambda: the child starts faster without the lambda machinery.)
     */
    private static final class Termination extends Thread {
        private final RunContext context;
        private final Thread main;

        Termination(RunContext context, Thread main) {
            super("kairos-child-termination");
            this.context = context;
            this.main = main;
        }

        @Override
        public void run() {
            context.requestTermination();
            main.interrupt();
            stopDescendants();
        }
    }
}
