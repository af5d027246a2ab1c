package dev.kairos.param;

/**
 * A session parameter computed right before each run that asks for it (for example a connection,
 * or today's input file). A failure fails that run, never the session.
 *
 * @param <T> the type of the value
 */
@FunctionalInterface
public interface ParameterSupplier<T> {

    /** The value now. */
    T get() throws Exception;
}
