package dev.kairos.condition;

/** {@code time of day} and the other pure time forms, waiting for their window. */
record TimeOfForm(String form) implements Conditions.TimeWindow {

    @Override
    public Condition between(String start, String end) {
        return WindowForms.between(form, start, end);
    }

    @Override
    public Condition after(String start) {
        return WindowForms.after(form, start);
    }

    @Override
    public Condition before(String end) {
        return WindowForms.before(form, end);
    }

    @Override
    public Condition on(String point) {
        return WindowForms.on(form, point);
    }

    @Override
    public String toString() {
        return form + " …";
    }
}
