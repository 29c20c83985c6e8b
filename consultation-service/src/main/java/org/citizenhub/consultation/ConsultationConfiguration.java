package org.citizenhub.consultation;

import java.time.Clock;

import org.citizenhub.casework.notify.NotificationCatalogue;
import org.citizenhub.casework.notify.RecipientSeal;
import org.citizenhub.casework.tracking.TrackingNumbers;
import org.citizenhub.consultation.cases.CaseRepository;
import org.citizenhub.consultation.notification.ConsultationNotifications;
import org.citizenhub.web.crypto.PersonalDataCipher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The service's wiring of the platform libraries: its tracking numbers, its seal, its notification catalogue. */
@Configuration(proxyBeanMethods = false)
class ConsultationConfiguration {

    /** Consultation numbers: ZX + date + serial, e.g. ZX20261009000042. */
    @Bean
    TrackingNumbers trackingNumbers(JdbcClient jdbc, Clock clock) {
        return TrackingNumbers.fromSequence(jdbc, "ZX", "case_serial", clock);
    }

    @Bean
    PersonalDataCipher personalDataCipher(ConsultationProperties properties) {
        return new PersonalDataCipher(properties.personalDataKey(), "hub.consultation.personal-data-key");
    }

    @Bean
    CaseRepository.ContactSeal contactSeal(PersonalDataCipher cipher) {
        return new CaseRepository.ContactSeal() {
            @Override
            public String seal(String plaintext, String boundTo) {
                return cipher.encrypt(plaintext, boundTo);
            }

            @Override
            public String open(String sealed, String boundTo) {
                return cipher.decrypt(sealed, boundTo);
            }
        };
    }

    @Bean
    NotificationCatalogue notificationCatalogue() {
        return NotificationCatalogue.of(ConsultationNotifications.TEXTS, ConsultationNotifications.KINDS);
    }

    @Bean
    RecipientSeal notificationRecipientSeal(PersonalDataCipher cipher) {
        return RecipientSeal.of(cipher::encrypt, cipher::decrypt);
    }
}
