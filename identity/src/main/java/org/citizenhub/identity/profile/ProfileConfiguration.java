package org.citizenhub.identity.profile;

import org.citizenhub.privacy.PersonalDataCipher;
import org.citizenhub.privacy.PersonalDataSeal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProfileConfiguration {

    @Bean
    PersonalDataSeal personalDataSeal(ProfileProperties properties) {
        return new PersonalDataCipher(properties.profileKey(), "hub.identity.profile-key");
    }
}
