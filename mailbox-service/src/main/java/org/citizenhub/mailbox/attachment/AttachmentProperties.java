package org.citizenhub.mailbox.attachment;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code hub.mailbox.attachments.*}: what citizens may attach to their letters.
 *
 * @param maxFileSize            largest file accepted (413 {@code attachment-too-large} beyond it); the HTTP limits
 *                               in application.yml ({@code spring.servlet.multipart.*},
 *                               {@code hub.web.max-body-size-overrides}) must leave room for it
 * @param maxPerLetter           most files one letter may carry (400 {@code too-many-attachments})
 * @param maxUnclaimedPerCitizen most uploads a citizen may have that no letter claimed yet (429
 *                               {@code too-many-unclaimed-attachments}); they are deleted after
 *                               {@code unclaimed-retention}, so this also bounds uploads per day
 * @param unclaimedRetention     how long an upload waits for its letter before the cleanup deletes it
 * @param cleanupInterval        how often the cleanup runs (on one replica, under a ShedLock lock)
 * @param allowedTypes           media types accepted, as sniffed from the content (415
 *                               {@code attachment-type-not-allowed} for any other)
 */
@ConfigurationProperties("hub.mailbox.attachments")
public record AttachmentProperties(
        @DefaultValue("5MB") DataSize maxFileSize,
        @DefaultValue("5") int maxPerLetter,
        @DefaultValue("20") int maxUnclaimedPerCitizen,
        @DefaultValue("24h") Duration unclaimedRetention,
        @DefaultValue("1h") Duration cleanupInterval,
        @DefaultValue({AttachmentTypes.JPEG, AttachmentTypes.PNG, AttachmentTypes.WEBP, AttachmentTypes.PDF,
                AttachmentTypes.DOCX, AttachmentTypes.XLSX}) List<String> allowedTypes) {
}
