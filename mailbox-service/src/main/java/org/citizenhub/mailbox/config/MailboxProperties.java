package org.citizenhub.mailbox.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param queryCodeKey secret (≥16 bytes) from which receipts' query codes are derived; production supplies its own,
 *                     rotating it invalidates the query codes already handed out.
 * @param personalDataKey base64 AES-256 key for writers' names and contact details at rest (from the vault)
 */
@ConfigurationProperties("hub.mailbox")
public record MailboxProperties(String queryCodeKey, String personalDataKey) {
}
