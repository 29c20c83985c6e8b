package org.citizenhub.identity.profile;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param profileKey base64 AES key (16/24/32 bytes) for personal data at rest ({@code hub.identity.profile-key},
 *                   env {@code HUB_IDENTITY_PROFILE_KEY}); the default in application.yml is for local runs only
 */
@ConfigurationProperties("hub.identity")
public record ProfileProperties(String profileKey) {
}
