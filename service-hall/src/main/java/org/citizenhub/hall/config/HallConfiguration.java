package org.citizenhub.hall.config;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.citizenhub.casework.notify.NotificationCatalogue;
import org.citizenhub.casework.notify.NotificationKind;
import org.citizenhub.hall.applications.ApplicationNotifications;
import org.citizenhub.hall.appointments.AppointmentConfiguration;
import org.citizenhub.privacy.PersonalDataCipher;
import org.citizenhub.privacy.PersonalDataSeal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * (Its own package: it knows every feature, and no feature knows it.) What the hall's features share of the platform libraries, once for the service: the notification catalogue with
 * every feature's kinds (texts in {@value #NOTIFICATION_TEXTS}{@code [_en].properties}) and the seal of the personal
 * data kept at rest (an applicant's or a booker's contact), keyed by {@code hub.hall.personal-data-key}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HallConfiguration.HallProperties.class)
public class HallConfiguration {

    public static final String NOTIFICATION_TEXTS = "hall-notifications";

    /**
     * {@code hub.hall.*} of the service as a whole.
     *
     * @param personalDataKey base64 AES key sealing contact details at rest (LOCAL default only in the local profile;
     *                        every deployment sets {@code HUB_HALL_PERSONAL_DATA_KEY} from its vault)
     */
    @Validated
    @ConfigurationProperties("hub.hall")
    public record HallProperties(@NotBlank String personalDataKey) {
    }

    @Bean
    NotificationCatalogue notificationCatalogue() {
        return catalogue();
    }

    /** Every feature's kinds with the one bundle's texts (checked complete both ways when built). */
    public static NotificationCatalogue catalogue() {
        List<NotificationKind> kinds = new ArrayList<>(AppointmentConfiguration.KINDS);
        kinds.addAll(ApplicationNotifications.KINDS);
        return NotificationCatalogue.of(NOTIFICATION_TEXTS, kinds);
    }

    /**
     * Every instant the hall answers is written in Asia/Shanghai time ({@code 2026-12-01T08:06:17+08:00}), the time
     * citizens and staff read, instead of Jackson's UTC {@code …Z}; it is the same instant either way.
     */
    @Bean
    org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer shanghaiInstants() {
        return builder -> builder.addModule(org.citizenhub.web.json.ShanghaiInstants.module());
    }

    @Bean
    PersonalDataSeal personalDataSeal(HallProperties properties) {
        return new PersonalDataCipher(properties.personalDataKey(), "hub.hall.personal-data-key");
    }
}
