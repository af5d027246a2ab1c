package dev.kairos.examples;

import dev.kairos.Session;
import dev.kairos.task.Execution;
import dev.kairos.task.Task;
import dev.kairos.task.TaskContext;

/**
 * The three executions, with a timeout and an end condition. {@code main} runs a real session for 20
 * seconds: {@code on-session-thread} runs on the session thread, {@code on-pool} on the thread pool
 * and is terminated by its timeout, {@code in-child-jvm} in a child JVM, and {@code until-told} is
 * ended by its end condition as soon as {@code in-child-jvm} has succeeded.
 */
public class Executions {

    /** Quick work on the session thread: nothing else happens meanwhile. */
    @Task(name = "on-session-thread", start = "every 10 seconds", execution = Execution.MAIN)
    public void onSessionThread(TaskContext ctx) {
        ctx.message("ran on " + Thread.currentThread().getName());
    }

    /** Too slow for its timeout: interrupted after 2 seconds and recorded as 'terminate'. */
    @Task(name = "on-pool", start = "every 10 seconds", execution = Execution.THREAD, timeout = "2 seconds")
    public void onPool(TaskContext ctx) throws InterruptedException {
        while (!ctx.terminationRequested()) {
            Thread.sleep(100);   // a body polls its termination flag, or lets the interrupt stop it
        }
    }

    /** In a child JVM: a crash or a leak here cannot hurt the session. */
    @Task(name = "in-child-jvm", start = "every 10 seconds", execution = Execution.PROCESS, timeout = "1 minute")
    public String inChildJvm() {
        return "ran in process " + ProcessHandle.current().pid();
    }

    /** Runs until its end condition holds. */
    @Task(name = "until-told", start = "every 1 minute", end = "after task 'in-child-jvm' succeeded")
    public void untilTold(TaskContext ctx) throws InterruptedException {
        while (!ctx.terminationRequested()) {
            Thread.sleep(100);
        }
    }

    public static void main(String[] args) {
        Session.builder().tasks(new Executions()).shutdownCondition("scheduler has run over 20 seconds")
                .build().start();
    }
}
