package dev.kairos;

/**
 * What a session does when evaluating a condition throws (typically a user phrase). The error is
 * logged with the task's name in either case.
 */
public enum OnConditionError {
    /** Take the condition as false and check it again after the recheck interval. The default. */
    FALSE,
    /** Stop the session gracefully; {@link Session#start()} then throws {@link SessionFailedException}. */
    FATAL
}
