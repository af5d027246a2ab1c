package dev.kairos.internal.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops a process and everything it started: first politely (SIGTERM to the whole tree), then, after
 * a grace period, forcibly (SIGKILL to whatever is left, including processes started meanwhile).
 * The tree is read before the root is signalled, because a dead process's children can no longer
 * be found through it. Waiting here is on real time: processes do not follow the session's clock.
 * Not API.
 */
public final class ProcessTree {
    /** How long to wait for the kernel after SIGKILL. */
    private static final Duration AFTER_KILL = Duration.ofSeconds(5);

    private ProcessTree() {
    }

    /**
     * Stops {@code root} and its descendants; returns once all are gone or the waits ran out.
     *
     * @return whether every process of the tree is gone
     */
    public static boolean stop(ProcessHandle root, Duration grace) {
        return stopAll(snapshot(root), grace);
    }

    /**
     * Stops what is left of a process started in a session of its own ({@code setsid}) once it has
     * exited: every process still in that session, as the kernel lists them, and their descendants.
     * A process that died without stopping what it started (killed, out of memory, halted) leaves
     * them there, adopted by another parent. Where the kernel's table cannot be read (not Linux),
     * only the descendants of a root still alive are found.
     *
     * @return how many processes were left
     */
    public static int stopSession(ProcessHandle leader, Duration grace) {
        Set<ProcessHandle> left = new LinkedHashSet<>();
        for (ProcessHandle p : Sessions.members(leader.pid())) {
            if (!p.equals(leader)) {
                left.addAll(snapshot(p)); // only when something is left: each snapshot reads the table again
            }
        }
        if (leader.isAlive()) {
            leader.descendants().forEach(left::add);
        }
        left.remove(leader);
        if (!left.isEmpty()) {
            stopAll(left, grace);
        }
        return left.size();
    }

    /** SIGTERM to all, then SIGKILL after {@code grace} to those left and what they started meanwhile. */
    private static boolean stopAll(Set<ProcessHandle> tree, Duration grace) {
        for (ProcessHandle p : tree) {
            p.destroy();
        }
        if (!awaitExit(tree, grace)) {
            Set<ProcessHandle> left = new LinkedHashSet<>();
            for (ProcessHandle p : tree) {
                if (p.isAlive()) {
                    left.addAll(snapshot(p));
                }
            }
            for (ProcessHandle p : left) {
                p.destroyForcibly();
            }
            awaitExit(left, AFTER_KILL);
        }
        return tree.stream().noneMatch(ProcessHandle::isAlive);
    }

    /** The root and all its descendants, deepest first. */
    private static Set<ProcessHandle> snapshot(ProcessHandle root) {
        List<ProcessHandle> descendants = new ArrayList<>();
        root.descendants().forEach(descendants::add);
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        for (int i = descendants.size() - 1; i >= 0; i--) {
            tree.add(descendants.get(i));
        }
        tree.add(root);
        return tree;
    }

    /**
     * Waits for the processes to exit, up to {@code limit}. An interrupt does not cut the wait short
     * (a stop must finish, or processes outlive their run); it is passed on when the wait is over.
     */
    private static boolean awaitExit(Set<ProcessHandle> processes, Duration limit) {
        CompletableFuture<?>[] exits = processes.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::onExit)
                .toArray(CompletableFuture[]::new);
        CompletableFuture<Void> all = CompletableFuture.allOf(exits);
        long deadline = System.nanoTime() + limit.toNanos();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    all.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    return true;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (TimeoutException e) {
                    return false;
                } catch (ExecutionException e) {
                    return processes.stream().noneMatch(ProcessHandle::isAlive);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
