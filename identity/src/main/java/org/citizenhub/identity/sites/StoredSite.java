package org.citizenhub.identity.sites;

import java.time.Instant;
import java.util.Objects;

import org.citizenhub.identity.directory.DepartmentCode;

/** A site as stored: the department it runs on, its details, and the optimistic-locking version. */
public record StoredSite(SiteCode code, DepartmentCode department, SiteDetails details, Instant createdAt,
                         Instant updatedAt, int version) {

    public StoredSite {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(details, "details");
    }

    public static StoredSite establish(SiteCode code, DepartmentCode department, SiteDetails details, Instant now) {
        return new StoredSite(code, department, details, now, now, 0);
    }

    public StoredSite revise(SiteDetails revised, Instant now) {
        return new StoredSite(code, department, revised, createdAt, now, version);
    }
}
