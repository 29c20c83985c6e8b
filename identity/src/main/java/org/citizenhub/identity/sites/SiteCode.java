package org.citizenhub.identity.sites;

import java.util.Optional;
import java.util.regex.Pattern;

import org.citizenhub.identity.directory.DepartmentCode;

/**
 * A site's stable code, e.g. {@code DONGCHENG}: what tokens carry in the {@code site} claim and portals send as
 * {@code ?site=}. At most 38 characters, so that a root department's code without its {@code D-} prefix (the code
 * of the site every root department runs) is always one.
 */
public record SiteCode(String value) {

    public static final String FORMAT = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*";
    public static final int MAX_LENGTH = DepartmentCode.MAX_LENGTH - 2;
    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    public SiteCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a site code: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && PATTERN.matcher(value).matches();
    }

    public static Optional<SiteCode> parse(String value) {
        return isValid(value) ? Optional.of(new SiteCode(value)) : Optional.empty();
    }

    /** The code of the site a root department runs: the department's code without {@code D-}. */
    public static SiteCode ofRootDepartment(DepartmentCode department) {
        return new SiteCode(department.value().substring(2));
    }

    @Override
    public String toString() {
        return value;
    }
}
