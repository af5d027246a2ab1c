package dev.kairos.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a {@link StartupException} as Spring Boot's "APPLICATION FAILED TO START" report, without the stack trace. */
final class FailureAnalyzer extends AbstractFailureAnalyzer<StartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupException cause) {
        return new FailureAnalysis("Kairos could not start: " + cause.getMessage(), cause.action(), cause);
    }
}
