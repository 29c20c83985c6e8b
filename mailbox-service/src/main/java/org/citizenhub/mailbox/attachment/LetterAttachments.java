package org.citizenhub.mailbox.attachment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citizenhub.casework.attachments.AttachmentAccess;
import org.citizenhub.casework.attachments.AttachmentInfo;
import org.citizenhub.casework.attachments.AttachmentSubject;
import org.citizenhub.casework.attachments.Attachments;
import org.citizenhub.casework.attachments.StoredAttachment;
import org.springframework.stereotype.Component;

/**
 * A letter's attachments: platform/casework's {@link Attachments} with the letter as subject
 * ({@value #SUBJECT_TYPE}, the letter's id). Limits and types: {@code hub.casework.attachments.*}.
 */
@Component
public class LetterAttachments {

    /** The subject type of letters in table {@code attachment}; stored, never change it. */
    public static final String SUBJECT_TYPE = "letter";

    private final Attachments attachments;

    LetterAttachments(Attachments attachments) {
        this.attachments = attachments;
    }

    public static AttachmentSubject subject(UUID letterId) {
        return AttachmentSubject.of(SUBJECT_TYPE, letterId);
    }

    /**
     * Attaches the writer's uploads to their letter, in the letter's own transaction; all or nothing (see
     * {@link Attachments#claim}).
     */
    public List<AttachmentInfo> claim(String writerId, List<UUID> ids, UUID letterId) {
        return attachments.claim(writerId, ids, subject(letterId));
    }

    /** The attachments a letter claimed, oldest upload first. */
    public List<AttachmentInfo> ofLetter(UUID letterId) {
        return attachments.of(subject(letterId));
    }

    /** One of a letter's attachments, for staff who may see the letter; empty for any other id. */
    public Optional<StoredAttachment> ofLetter(UUID letterId, UUID attachmentId) {
        return attachments.read(attachmentId, AttachmentAccess.subject(subject(letterId)));
    }
}
