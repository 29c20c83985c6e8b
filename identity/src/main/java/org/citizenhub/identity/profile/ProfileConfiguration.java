package org.citizenhub.identity.profile;

import org.citizenhub.web.crypto.PersonalDataCipher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProfileConfiguration {

    @Bean
    PersonalDataCipher personalDataCipher(ProfileProperties properties) {
        return new PersonalDataCipher(properties.profileKey(), "hub.identity.profile-key");
    }
}
