package org.citizenhub.mailbox.config;

import java.nio.charset.StandardCharsets;

import org.citizenhub.casework.tracking.QueryCode;
import org.citizenhub.privacy.PersonalDataCipher;
import org.citizenhub.privacy.PersonalDataSeal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailboxConfiguration {

    @Bean
    QueryCode queryCode(MailboxProperties properties) {
        if (properties.queryCodeKey() == null || properties.queryCodeKey().isBlank()) {
            throw new IllegalStateException("hub.mailbox.query-code-key must be set");
        }
        return new QueryCode(properties.queryCodeKey().getBytes(StandardCharsets.UTF_8));
    }

    @Bean
    PersonalDataSeal personalDataSeal(MailboxProperties properties) {
        if (properties.personalDataKey() == null || properties.personalDataKey().isBlank()) {
            throw new IllegalStateException("hub.mailbox.personal-data-key must be set");
        }
        return new PersonalDataCipher(properties.personalDataKey(), "hub.mailbox.personal-data-key");
    }
}
