package dev.kairos.spring;

import dev.kairos.SessionBuilder;

/**
 * Changes the session builder after the {@code kairos.*} properties were applied and before the
 * session is built: a clock, phrases, listeners, a launcher, anything properties cannot say. Every
 * bean of this type is called, in {@code @Order}; none is needed.
 */
@FunctionalInterface
public interface KairosSessionCustomizer {

    /** Changes {@code builder}; its setters reject a bad value at once, which fails the context start. */
    void customize(SessionBuilder builder);
}
