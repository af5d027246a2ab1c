package dev.kairos.spring;

import java.time.Duration;

/** The checks of {@link KairosProperties} the binder cannot make: a value out of range fails the start naming the property. */
final class PropertyChecks {
    private PropertyChecks() {
    }

    /** @throws StartupException naming the first bad property, its value and what is accepted */
    static void check(KairosProperties p) {
        atLeastOne("kairos.threads", p.getThreads());
        atLeastOne("kairos.processes", p.getProcesses());
        positive("kairos.default-timeout", p.getDefaultTimeout());
        if (p.getShutdownWait() != null && p.getShutdownWait().isNegative()) {
            throw bad("kairos.shutdown-wait", p.getShutdownWait(), "a duration of zero or more, such as 30s");
        }
        positive("kairos.log.postgres.heartbeat", p.getLog().getPostgres().getHeartbeat());
        positive("kairos.log.postgres.dead-after", p.getLog().getPostgres().getDeadAfter());
    }

    private static void atLeastOne(String name, int n) {
        if (n < 1) {
            throw bad(name, n, "a whole number of 1 or more");
        }
    }

    private static void positive(String name, Duration d) {
        if (d != null && (d.isNegative() || d.isZero())) {
            throw bad(name, d, "a duration longer than zero, such as 30s or 5m");
        }
    }

    private static StartupException bad(String name, Object value, String accepted) {
        return new StartupException(name + " is " + value + "; it must be " + accepted, "Change " + name + ".");
    }
}
