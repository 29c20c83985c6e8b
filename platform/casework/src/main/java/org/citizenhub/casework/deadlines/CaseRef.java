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
 * @param site           the site (集约化) the case belongs to, e.g. the city whose mailbox received it; null if unknown
 * @param handlingSite   the site of the department handling it now (a district's, for a city letter sent there);
 *                       null while no department holds it or the department belongs to no known site
 */
public record CaseRef(String service, String caseType, String caseId, TrackingNumber trackingNumber,
                      String department, String site, String handlingSite) {

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
        site = site == null || site.isBlank() ? null : site;
        handlingSite = handlingSite == null || handlingSite.isBlank() ? null : handlingSite;
    }

    /** A case whose sites are not told (a service without sites, or a test). */
    public CaseRef(String service, String caseType, String caseId, TrackingNumber trackingNumber, String department) {
        this(service, caseType, caseId, trackingNumber, department, null, null);
    }

    /** The same case, on these sites. */
    public CaseRef withSites(String site, String handlingSite) {
        return new CaseRef(service, caseType, caseId, trackingNumber, department, site, handlingSite);
    }

    private static void requireName(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " is lower-case letters, digits and '-': " + value);
        }
    }
}
