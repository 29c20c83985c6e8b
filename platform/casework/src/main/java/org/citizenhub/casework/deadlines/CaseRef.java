package org.citizenhub.casework.deadlines;

import java.util.Objects;
import java.util.regex.Pattern;

import org.citizenhub.casework.tracking.TrackingNumber;

/**
 * Which case an announcement is about, in the words every service shares: no case text, no personal data.
 *
 * @param service        the producing service's short name, e.g. {@code mailbox}, {@code consultation}
 * @param caseType       the kind of case within the service, e.g. {@code letter}, {@code complaint}
 * @param caseId         the case's id in the service (UUID or number as text)
 * @param trackingNumber the number the citizen quotes
 * @param department     the department handling the case now; null while no department holds it
 */
public record CaseRef(String service, String caseType, String caseId, TrackingNumber trackingNumber,
                      String department) {

    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public CaseRef {
        requireName(service, "service");
        requireName(caseType, "caseType");
        if (caseId == null || caseId.isBlank()) {
            throw new IllegalArgumentException("A case reference needs the case id");
        }
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        if (department != null && department.isBlank()) {
            department = null;
        }
    }

    private static void requireName(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " is lower-case letters, digits and '-': " + value);
        }
    }
}
