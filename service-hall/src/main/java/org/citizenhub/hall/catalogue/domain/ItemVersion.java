package org.citizenhub.hall.catalogue.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * One version of an item. Its phases are separate values: drafted (always), published (once published), ended
 * (superseded or withdrawn, once it left the catalogue); the status follows from which are present.
 */
public record ItemVersion(UUID id, int number, VersionContent content, Stamp drafted, Stamp published,
                          Ending ended) {

    /** How a published version left the catalogue. */
    public record Ending(Stamp stamp, VersionStatus as, String reason) {
        public Ending {
            if (as != VersionStatus.SUPERSEDED && as != VersionStatus.WITHDRAWN) {
                throw new IllegalArgumentException("a version ends superseded or withdrawn, not " + as);
            }
        }
    }

    public ItemVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(drafted, "drafted");
        if (ended != null && published == null) {
            throw new IllegalArgumentException("only a published version ends");
        }
    }

    public VersionStatus status() {
        if (ended != null) {
            return ended.as();
        }
        return published != null ? VersionStatus.PUBLISHED : VersionStatus.DRAFT;
    }

    ItemVersion redrafted(VersionContent newContent, Stamp stamp) {
        return new ItemVersion(id, number, newContent, stamp, null, null);
    }

    ItemVersion publishedAt(Stamp stamp) {
        return new ItemVersion(id, number, content, drafted, stamp, null);
    }

    ItemVersion endedAt(Stamp stamp, VersionStatus as, String reason) {
        return new ItemVersion(id, number, content, drafted, published, new Ending(stamp, as, reason));
    }
}
