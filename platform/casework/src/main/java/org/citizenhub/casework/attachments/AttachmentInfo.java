package org.citizenhub.casework.attachments;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What is known about an uploaded file, without its bytes.
 *
 * @param filename    the cleaned name, for display and download only
 * @param contentType the type sniffed from the content (never the client's claim)
 * @param size        bytes
 * @param sha256      hex SHA-256 of the content, computed by the service
 */
public record AttachmentInfo(UUID id, String filename, String contentType, long size, String sha256,
                             OffsetDateTime uploadedAt) {
}
