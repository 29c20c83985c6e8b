package org.citizenhub.hall.catalogue;

import java.util.Optional;
import java.util.UUID;

/**
 * What the applications feature reads from the catalogue: the version an application is filed under (the one
 * published now) and, later, the very version it was filed under, even after a newer one superseded it or the
 * item was withdrawn. Drafts are never visible here.
 */
public interface PublishedItems {

    /** The version published now of the item with this 实施编码; empty if none (unknown, never published, withdrawn). */
    Optional<PublishedItem> published(String implementationCode);

    /** A version that was published at some time (published, superseded or withdrawn); empty for drafts and unknown ids. */
    Optional<PublishedItem> version(UUID versionId);
}
