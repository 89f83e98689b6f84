package org.openoqs.portal.web;

/** A form was refused; nothing was stored. Controllers show {@link #problems()} next to the fields. */
public class FormRejectedException extends RuntimeException {
    private final transient FormProblems problems;

    public FormRejectedException(FormProblems problems) {
        super("form refused: " + problems);
        this.problems = problems;
    }

    public static FormRejectedException of(String field, String message) {
        return new FormRejectedException(new FormProblems().add(field, message));
    }

    public FormProblems problems() {
        return problems;
    }
}
