package org.citizenhub.identity.directory;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A unit of the local government in the directory. Immutable; changes return a new value which the
 * directory stores with optimistic locking ({@link #version()}).
 */
public record Department(
        DepartmentCode code,
        String nameZh,
        String nameEn,
        DepartmentCode parent,
        DepartmentKind kind,
        String contactPhone,
        int sortOrder,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public Department {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        if (nameZh == null || nameZh.isBlank()) {
            throw new IllegalArgumentException("A department needs a Chinese name");
        }
        if (code.equals(parent)) {
            throw new IllegalArgumentException("A department cannot be its own parent");
        }
    }

    /** The details an administrator maintains. */
    public record Details(String nameZh, String nameEn, DepartmentCode parent, DepartmentKind kind,
                          String contactPhone, int sortOrder) {
    }

    public static Department establish(DepartmentCode code, Details details, Instant now) {
        return new Department(code, details.nameZh(), blankToNull(details.nameEn()), details.parent(),
                details.kind(), blankToNull(details.contactPhone()), details.sortOrder(), true, now, now, 0);
    }

    public Department revise(Details details, Instant now) {
        return new Department(code, details.nameZh(), blankToNull(details.nameEn()), details.parent(),
                details.kind(), blankToNull(details.contactPhone()), details.sortOrder(), active, createdAt, now,
                version);
    }

    public Department deactivate(Instant now) {
        return new Department(code, nameZh, nameEn, parent, kind, contactPhone, sortOrder, false, createdAt, now,
                version);
    }

    public Department activate(Instant now) {
        return new Department(code, nameZh, nameEn, parent, kind, contactPhone, sortOrder, true, createdAt, now,
                version);
    }

    public boolean isRoot() {
        return parent == null;
    }

    /** The name in the reader's language: English when asked for and known, Chinese otherwise. */
    public String name(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && nameEn != null) {
            return nameEn;
        }
        return nameZh;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
