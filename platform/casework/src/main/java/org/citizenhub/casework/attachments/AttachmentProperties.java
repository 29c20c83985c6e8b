package org.citizenhub.casework.attachments;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.casework.attachments.*}: what owners may attach to a service's cases. A service that breaks these
 * rules does not start.
 *
 * @param maxFileSize          largest file accepted (413 {@code attachment-too-large} beyond it), 1 byte to 100 MB;
 *                             the service's HTTP limits ({@code spring.servlet.multipart.*},
 *                             {@code hub.web.max-body-size-overrides}) must leave room for it
 * @param maxPerSubject        most files one subject may carry (400 {@code too-many-attachments})
 * @param maxUnclaimedPerOwner most uploads an owner may have that no subject claimed yet (429
 *                             {@code too-many-unclaimed-attachments}); they are deleted after
 *                             {@code unclaimed-retention}, so this also bounds uploads per day
 * @param unclaimedRetention   how long an upload waits to be claimed before the cleanup deletes it (at least 1 minute)
 * @param cleanupInterval      how often the cleanup runs (on one replica, under a ShedLock lock; at least 1 second)
 * @param cleanupEnabled       whether this instance schedules the cleanup at all
 * @param allowedTypes         media types accepted, as sniffed from the content (415
 *                             {@code attachment-type-not-allowed} for any other); each one of
 *                             {@link AttachmentTypes#SUPPORTED}
 */
@ConfigurationProperties("hub.casework.attachments")
@Validated
public record AttachmentProperties(
        @NotNull @DefaultValue("5MB") DataSize maxFileSize,
        @Min(1) @Max(100) @DefaultValue("5") int maxPerSubject,
        @Min(1) @Max(1000) @DefaultValue("20") int maxUnclaimedPerOwner,
        @NotNull @DefaultValue("24h") Duration unclaimedRetention,
        @NotNull @DefaultValue("1h") Duration cleanupInterval,
        @DefaultValue("true") boolean cleanupEnabled,
        @NotEmpty @DefaultValue({AttachmentTypes.JPEG, AttachmentTypes.PNG, AttachmentTypes.WEBP, AttachmentTypes.PDF,
                AttachmentTypes.DOCX, AttachmentTypes.XLSX}) List<@NotNull String> allowedTypes) {

    static final DataSize LARGEST_FILE = DataSize.ofMegabytes(100);

    /** The checks bean validation cannot state on these types; also guard records built in code. */
    public AttachmentProperties {
        if (maxFileSize != null && (maxFileSize.toBytes() < 1 || maxFileSize.compareTo(LARGEST_FILE) > 0)) {
            throw new IllegalArgumentException("hub.casework.attachments.max-file-size must be 1B..100MB, not "
                    + maxFileSize);
        }
        if (unclaimedRetention != null && unclaimedRetention.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("hub.casework.attachments.unclaimed-retention must be at least 1m, not "
                    + unclaimedRetention);
        }
        if (cleanupInterval != null && cleanupInterval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("hub.casework.attachments.cleanup-interval must be at least 1s, not "
                    + cleanupInterval);
        }
        if (allowedTypes != null) {
            List<String> unsupported = allowedTypes.stream()
                    .filter(type -> type == null || !AttachmentTypes.SUPPORTED.contains(AttachmentTypes.normalized(type)))
                    .toList();
            if (!unsupported.isEmpty()) {
                throw new IllegalArgumentException("hub.casework.attachments.allowed-types may only name "
                        + AttachmentTypes.SUPPORTED + "; refused " + unsupported);
            }
            allowedTypes = List.copyOf(allowedTypes);
        }
    }

    /** The defaults, as a service gets them without configuration. */
    public static AttachmentProperties defaults() {
        return new AttachmentProperties(DataSize.ofMegabytes(5), 5, 20, Duration.ofHours(24), Duration.ofHours(1),
                true, List.of(AttachmentTypes.JPEG, AttachmentTypes.PNG, AttachmentTypes.WEBP, AttachmentTypes.PDF,
                AttachmentTypes.DOCX, AttachmentTypes.XLSX));
    }
}
