package org.citizenhub.identity.directory;

import java.util.Optional;
import java.util.regex.Pattern;

/** A department's stable code, e.g. {@code D-TRANSPORT}; it is what tokens carry in the {@code department} claim. */
public record DepartmentCode(String value) {

    public static final String FORMAT = "D-[A-Z0-9]+(-[A-Z0-9]+)*";
    public static final int MAX_LENGTH = 40;
    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    public DepartmentCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a department code: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && PATTERN.matcher(value).matches();
    }

    /** The code, or empty when the text cannot be a department code (so a lookup simply finds nothing). */
    public static Optional<DepartmentCode> parse(String value) {
        return isValid(value) ? Optional.of(new DepartmentCode(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
