package org.citizenhub.mailbox.attachment;

import java.util.Optional;
import java.util.UUID;

/**
 * An attachment with its bytes, for download. Whoever serves it decides who may see it: the citizen who uploaded it
 * ({@link #isOwnedBy}), or staff who may see the letter it belongs to ({@link #letterId()}).
 *
 * @param letterId the letter that claimed it; empty while it waits for one
 */
public record StoredAttachment(AttachmentInfo info, String ownerId, Optional<UUID> letterId, byte[] content) {

    public boolean isOwnedBy(String userId) {
        return ownerId.equals(userId);
    }
}
