package org.citizenhub.identity.profile;

import java.util.regex.Pattern;

/**
 * A citizen's phone number: a mainland mobile number (11 digits) or a landline with area code.
 * Personal data: stored encrypted, shown masked to anyone but its owner, never logged in clear.
 */
public record PhoneNumber(String value) {

    public static final String FORMAT = "1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}";
    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    public PhoneNumber {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a phone number");
        }
    }

    /** 138****5678: the first three and the last four digits stay visible. */
    public String masked() {
        var digits = value.replace("-", "");
        int keepEnd = 4;
        int keepStart = Math.min(3, Math.max(0, digits.length() - keepEnd - 4));
        return digits.substring(0, keepStart) + "*".repeat(digits.length() - keepStart - keepEnd)
                + digits.substring(digits.length() - keepEnd);
    }

    @Override
    public String toString() {
        return masked();
    }
}
