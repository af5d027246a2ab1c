package dev.kairos.condition;

/**
 * A once-per-period form that a window narrows ({@code daily}, {@code has succeeded today}): each
 * window clause is the form's text with the clause, read by the parser ({@link WindowForms}).
 */
interface WindowedForm extends Conditions.Windowed {

    /** The form's text without a window: {@code daily}, {@code task 'x' has succeeded this hour}. */
    String windowForm();

    @Override
    default Condition between(String start, String end) {
        return WindowForms.between(windowForm(), start, end);
    }

    @Override
    default Condition after(String start) {
        return WindowForms.after(windowForm(), start);
    }

    @Override
    default Condition before(String end) {
        return WindowForms.before(windowForm(), end);
    }

    @Override
    default Condition on(String point) {
        return WindowForms.on(windowForm(), point);
    }

    @Override
    default Condition starting(String start) {
        return WindowForms.starting(windowForm(), start);
    }
}
