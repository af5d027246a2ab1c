package dev.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The command as a real process: {@code java -cp … dev.kairos.cli.Main}. */
class MainProcessTest {
    @TempDir
    Path dir;

    Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dkairos.test.log=INFO", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Copies the process' output lines into {@code lines} on a thread of its own. */
    static Lines lines(Process p) {
        Lines lines = new Lines();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lines.add(l);
                }
                lines.add("<end of output>");
            } catch (IOException e) {
                lines.add("<" + e + ">");
            }
        });
        t.setDaemon(true);
        t.start();
        return lines;
    }

    int finish(Process p) throws InterruptedException {
        assertTrue(p.waitFor(Lines.LIMIT.toSeconds(), TimeUnit.SECONDS), "the process did not end");
        return p.exitValue();
    }

    @Test
    void check_exit_codes_and_output() throws Exception {
        Process t = start("check", "daily after 08:00", "--now", "2024-05-01T09:00Z", "--zone", "UTC");
        assertEquals("true", lines(t).await(l -> true).get(0));
        assertEquals(0, finish(t));
        Process f = start("check", "daily before 08:00", "--now", "2024-05-01T09:00Z", "--zone", "UTC");
        assertEquals("false", lines(f).await(l -> true).get(0));
        assertEquals(1, finish(f));
        Process syntax = start("check", "dayly");
        lines(syntax).await("^^^^^");
        assertEquals(2, finish(syntax));
        Process log = start("check", "true", "--log", dir.resolve("none.csv").toString());
        lines(log).await("cannot read the task log");
        assertEquals(3, finish(log));
    }

    @Test
    void run_executes_a_task_and_stops_cleanly_on_sigterm_with_the_log_complete() throws Exception {
        Path tasks = Files.createDirectory(dir.resolve("tasks"));
        Files.writeString(tasks.resolve("hello.task"), "start = every 1 hour\ncommand = echo\nargs = hi there\n");
        Files.writeString(tasks.resolve("long.task"), "start = every 1 hour\ncommand = sleep\nargs = 300\n");
        Process p = start("run", tasks.toString(), "--zone", "UTC", "--shutdown-wait", "1s");
        Lines out = lines(p);
        out.awaitEver("run 1 of task 'hello': success");   // runs are numbered in path order: hello, then long
        out.awaitEver("run 2 of task 'long' started");

        p.toHandle().destroy();            // SIGTERM (Process.destroy() would also close our end of its output)
        out.awaitEver("stopped; the task log is complete");
        assertEquals(0, finish(p));

        List<String> log = Files.readAllLines(dir.resolve("logs").resolve("tasks.csv"));
        assertEquals("created,task,action,run_id,start,end,runtime,message,exception", log.get(0));
        assertTrue(log.stream().anyMatch(l -> l.contains(",hello,success,1,") && l.contains("hi there")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.contains(",long,run,2,")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.contains(",long,terminate,2,")), log.toString());
    }

    @Test
    void run_with_fsync_forces_each_pass_to_the_disk_and_says_so() throws Exception {
        Path tasks = Files.createDirectory(dir.resolve("tasks"));
        Files.writeString(tasks.resolve("hello.task"), "start = every 1 hour\ncommand = echo\nargs = synced\n");
        Process p = start("run", tasks.toString(), "--zone", "UTC", "--fsync");
        Lines out = lines(p);
        out.awaitEver("(forced to the disk every pass)");
        out.awaitEver("run 1 of task 'hello': success");
        p.toHandle().destroy();
        out.awaitEver("stopped; the task log is complete");
        assertEquals(0, finish(p));
        List<String> log = Files.readAllLines(dir.resolve("logs").resolve("tasks.csv"));
        assertTrue(log.stream().anyMatch(l -> l.contains(",hello,success,1,") && l.contains("synced")), log.toString());
    }

    @Test
    void run_with_a_dashboard_serves_it_on_the_address_given_and_lists_the_tasks() throws Exception {
        Path tasks = Files.createDirectory(dir.resolve("tasks"));
        Files.writeString(tasks.resolve("hello.task"), "start = every 1 hour\ncommand = echo\nargs = hi\n");
        Process p = start("run", tasks.toString(), "--zone", "UTC", "--dashboard", "127.0.0.1:0");
        Lines out = lines(p);
        List<String> got = out.await("dashboard on http://");
        String line = got.get(got.size() - 1);
        out.awaitEver("running 1 task(s)"); // the dashboard listens before the tasks are loaded
        String url = line.substring(line.indexOf("http://")).split("\\s")[0].replaceAll("/?$", "/");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> page = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        java.net.http.HttpResponse<String> api = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url + "api/tasks")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, api.statusCode(), api.body());
        assertTrue(api.body().contains("\"hello\""), api.body());
        p.toHandle().destroy();
        out.awaitEver("stopped; the task log is complete");
        assertEquals(0, finish(p));
    }

    @Test
    void kairos_dashboard_serves_a_log_alone_read_only_until_sigterm() throws Exception {
        Path log = Files.writeString(dir.resolve("tasks.csv"), """
                created,task,action,run_id,start,end,runtime,message,exception
                2024-05-01T08:00:00Z,fetch,run,1,2024-05-01T08:00:00Z,,,,
                2024-05-01T08:00:05Z,fetch,fail,1,2024-05-01T08:00:00Z,2024-05-01T08:00:05Z,PT5S,no rows,
                """);
        Process p = start("dashboard", "--log", log.toString(), "--bind", "127.0.0.1:0", "--zone", "UTC");
        Lines out = lines(p);
        List<String> got = out.await("dashboard on http://");
        String line = got.get(got.size() - 1);
        String url = line.substring(line.indexOf("http://")).split("\\s")[0].replaceAll("/?$", "/");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> api = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url + "api/tasks")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, api.statusCode(), api.body());
        assertTrue(api.body().contains("\"name\":\"fetch\",\"state\":\"failing\""), api.body());
        java.net.http.HttpResponse<String> run = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url + "api/tasks/fetch/run")).POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(403, run.statusCode(), run.body());
        p.toHandle().destroy();
        out.awaitEver("dashboard stopped");
        assertEquals(0, finish(p));
    }

    @Test
    void on_sigterm_a_child_jvm_run_gets_the_shutdown_wait_and_finishes() throws Exception {
        Path tasks = Files.createDirectory(dir.resolve("tasks"));
        Files.writeString(tasks.resolve("Nap.java"), """
                import dev.kairos.task.*;
                public class Nap {
                    @Task(start = "every 1 hour", execution = Execution.PROCESS)
                    public String nap() throws Exception {
                        System.out.println("napping");
                        Thread.sleep(1500);
                        return "rested";
                    }
                }
                """);
        Process p = start("run", tasks.toString(), "--zone", "UTC", "--shutdown-wait", "30s");
        Lines out = lines(p);
        out.awaitEver("napping");                     // the child runs the method

        p.toHandle().destroy();                       // SIGTERM while the child sleeps
        out.awaitEver("stopped; the task log is complete");
        assertEquals(0, finish(p));

        List<String> log = Files.readAllLines(dir.resolve("logs").resolve("tasks.csv"));
        assertTrue(log.stream().anyMatch(l -> l.contains(",nap,success,1,")), "the run finished: " + log);
    }
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void a_second_sigterm_stops_at_once_and_leaves_no_process_the_session_started() throws Exception {
        Path tasks = Files.createDirectory(dir.resolve("tasks"));
        Files.writeString(tasks.resolve("Hold.java"), """
                import dev.kairos.task.*;
                public class Hold {
                    @Task(start = "every 1 hour", execution = Execution.PROCESS)
                    public void hold() throws Exception {
                        Process grandchild = new ProcessBuilder("sleep", "300").start();
                        System.out.println("holding " + grandchild.pid());
                        Thread.sleep(Long.MAX_VALUE);
                    }
                }
                """);
        Files.writeString(tasks.resolve("sleepy.task"), "start = every 1 hour\ncommand = sleep\nargs = 300\n");
        Process p = start("run", tasks.toString(), "--zone", "UTC", "--shutdown-wait", "10m");
        Lines out = lines(p);
        out.awaitEver("holding");
        out.awaitEver("of task 'sleepy' started");
        List<ProcessHandle> started = p.toHandle().descendants().toList();
        assertTrue(started.size() >= 3, "the child JVM, its grandchild and the command: " + started);

        p.toHandle().destroy();
        out.awaitEver("stopping: running tasks may finish");
        p.toHandle().destroy();                           // the session would wait ten minutes: not now
        out.awaitEver("second signal: stopping at once");
        assertEquals(128 + 15, finish(p));
        for (ProcessHandle h : started) {
            while (inProcessTable(h.pid())) {               // killed, then reaped by the system
                Thread.sleep(10);
            }
        }
    }

    /** Listed by the kernel and not a zombie. */
    private static boolean inProcessTable(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            return Files.readAllLines(status).stream().noneMatch(l -> l.startsWith("State:") && l.contains("Z"));
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }
}
