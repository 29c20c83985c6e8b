package org.citizenhub.consultation.cases.domain;

/** Limits on free text, counted in characters (code points), not bytes. */
public final class Texts {

    public static final int MAX_NOTE = 1000;
    public static final int MAX_REPLY = 10000;

    private Texts() {
    }

    public static String require(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        String trimmed = text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
        return trimmed;
    }

    public static String optional(String text, int max, String field) {
        return text == null || text.isBlank() ? null : require(text, max, field);
    }
}
