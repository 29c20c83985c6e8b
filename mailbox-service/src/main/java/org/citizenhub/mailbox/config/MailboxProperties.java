package org.citizenhub.mailbox.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param queryCodeKey secret (≥16 bytes) from which receipts' query codes are derived; production supplies its own,
 *                     rotating it invalidates the query codes already handed out.
 */
@ConfigurationProperties("hub.mailbox")
public record MailboxProperties(String queryCodeKey) {
}
