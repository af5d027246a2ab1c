package dev.kairos;

import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A session in a JVM of its own, for {@link SessionFaultsTest}: {@code exit LOG DIR} runs a thread
 * that sleeps, a child JVM that holds a grandchild, and then a thread task that calls
 * {@code System.exit(3)}; {@code hold LOG DIR} runs the child JVM and a command and waits to be
 * killed; {@code again LOG DIR} runs the command once more and stops. Each body writes its process
 * ids to a file in DIR, named after it, when it has begun.
 */
public final class FaultySessionMain {
    private FaultySessionMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path log = Path.of(args[1]);
        Path dir = Path.of(args[2]);
        Session session = Session.builder().taskLog(log).shutdownWait(Duration.ofSeconds(1))
                .terminationGrace(Duration.ofSeconds(1)).tasks(new ChildTasks())
                .task(TaskDefinition.builder("sleeper").execution(Execution.THREAD).body(context -> {
                    Files.writeString(dir.resolve("sleeper.tmp"), ProcessHandle.current().pid() + "\n");
                    Files.move(dir.resolve("sleeper.tmp"), dir.resolve("sleeper"));
                    Thread.sleep(Long.MAX_VALUE);
                    return null;
                }).build())
                .task(TaskDefinition.builder("quitter").execution(Execution.THREAD).body(context -> {
                    System.exit(3);
                    return null;
                }).build())
                .task(TaskDefinition.builder("command").execution(Execution.THREAD)
                        .shell("echo $$ > " + dir.resolve(mode + "-command.tmp") + " && mv " + dir.resolve(mode
                                + "-command.tmp") + " " + dir.resolve(mode + "-command") + " && exec sleep 300")
                        .build())
                .build();
        SessionHandle handle = session.startInBackground();
        switch (mode) {
            case "exit" -> {
                session.runNow("sleeper");
                session.runNow("hold", Map.of("pidFile", dir.resolve("hold").toString()));
                await(dir.resolve("sleeper"));
                await(dir.resolve("hold"));
                session.runNow("quitter");
            }
            case "hold" -> {
                session.runNow("hold", Map.of("pidFile", dir.resolve("hold").toString()));
                session.runNow("command");
            }
            case "again" -> {
                session.runNow("command");
                await(dir.resolve("again-command"));
                handle.close();
                return;
            }
            default -> throw new IllegalArgumentException(mode);
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void await(Path file) throws InterruptedException {
        while (!Files.exists(file)) {
            Thread.sleep(10);
        }
    }
}
