package org.citizenhub.casework.attachments;

import java.util.Objects;

/**
 * Who may read an attachment: decided by the service, never by the library, because only the service knows who may
 * see its subjects. Typical rules are {@link #owner} (a citizen's own uploads, claimed or not) and {@link #subject}
 * (staff, after the service checked that they may see that subject). Anyone else gets 404, so that existence does
 * not leak.
 */
@FunctionalInterface
public interface AttachmentAccess {

    boolean permits(StoredAttachment attachment);

    /** The user who uploaded the attachment, whether or not it has been claimed yet. */
    static AttachmentAccess owner(String userId) {
        Objects.requireNonNull(userId, "userId");
        return attachment -> attachment.isOwnedBy(userId);
    }

    /**
     * Attachments claimed by this subject. Grant it only to a caller the service has already allowed to see the
     * subject (e.g. staff of the handling department).
     */
    static AttachmentAccess subject(AttachmentSubject subject) {
        Objects.requireNonNull(subject, "subject");
        return attachment -> attachment.belongsTo(subject);
    }

    default AttachmentAccess or(AttachmentAccess other) {
        Objects.requireNonNull(other, "other");
        return attachment -> permits(attachment) || other.permits(attachment);
    }
}
