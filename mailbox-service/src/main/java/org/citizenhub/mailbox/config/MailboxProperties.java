package org.citizenhub.mailbox.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param queryCodeKey secret (≥16 bytes) from which receipts' query codes are derived; production supplies its own,
 *                     rotating it invalidates the query codes already handed out.
 * @param personalDataKey base64 AES-256 key for writers' names and contact details at rest (from the vault)
 */
@ConfigurationProperties("hub.mailbox")
@Validated
public record MailboxProperties(@NotBlank @Size(min = 16) String queryCodeKey, @NotBlank String personalDataKey) {
}
