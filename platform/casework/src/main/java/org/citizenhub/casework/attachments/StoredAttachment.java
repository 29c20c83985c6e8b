package org.citizenhub.casework.attachments;

import java.util.Optional;

/**
 * An attachment with its bytes, for download. Who may have it is an {@link AttachmentAccess} the service supplies:
 * the owner who uploaded it, or staff who may see the subject it belongs to.
 *
 * @param ownerId the user who uploaded it (the token's subject)
 * @param subject what claimed it; empty while it waits to be claimed
 */
public record StoredAttachment(AttachmentInfo info, String ownerId, Optional<AttachmentSubject> subject,
                               byte[] content) {

    public boolean isOwnedBy(String userId) {
        return ownerId.equals(userId);
    }

    public boolean belongsTo(AttachmentSubject candidate) {
        return subject.filter(candidate::equals).isPresent();
    }
}
