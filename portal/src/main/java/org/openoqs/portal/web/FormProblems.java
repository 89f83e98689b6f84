package org.openoqs.portal.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a submitted form, per field (the form's field name → a Japanese message), in the order found.
 * Services collect every problem before refusing, so a user fixes a form in one pass.
 */
public final class FormProblems {
    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Records the first problem of a field; later ones for the same field are dropped. */
    public FormProblems add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(byField);
    }

    /** Throws {@link FormRejectedException} when anything was recorded. */
    public void throwIfAny() {
        if (!isEmpty()) throw new FormRejectedException(this);
    }

    @Override
    public String toString() {
        return byField.toString();
    }
}
