package org.citizenhub.hall.catalogue.domain;

/**
 * draft → published → superseded (a newer version was published) or withdrawn (the item left the catalogue).
 * At most one draft and one published version per item at a time.
 */
public enum VersionStatus {
    DRAFT, PUBLISHED, SUPERSEDED, WITHDRAWN
}
