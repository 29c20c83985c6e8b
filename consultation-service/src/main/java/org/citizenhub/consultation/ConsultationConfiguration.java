package org.citizenhub.consultation;

import java.time.Clock;

import org.citizenhub.casework.tracking.TrackingNumbers;
import org.citizenhub.privacy.PersonalDataCipher;
import org.citizenhub.privacy.PersonalDataSeal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The service's wiring of the platform libraries: its tracking numbers and its personal-data seal. */
@Configuration(proxyBeanMethods = false)
class ConsultationConfiguration {

    /** Consultation numbers: ZX + date + serial, e.g. ZX20261009000042. */
    @Bean
    TrackingNumbers trackingNumbers(JdbcClient jdbc, Clock clock) {
        return TrackingNumbers.fromSequence(jdbc, "ZX", "case_serial", clock);
    }

    /** Writers' names and contact details, and (through the notify library) recipients, sealed with this key. */
    @Bean
    PersonalDataSeal personalDataSeal(ConsultationProperties properties) {
        return new PersonalDataCipher(properties.personalDataKey(), "hub.consultation.personal-data-key");
    }
}
