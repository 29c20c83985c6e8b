package org.citizenhub.casework.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class NotificationPropertiesTest {

    private static NotificationProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("hub.notifications", NotificationProperties.class);
    }

    @Test
    void defaults_dispatch_every_5_seconds_with_the_default_back_off() {
        var properties = bind(Map.of("hub.notifications.from", "市长信箱 <no-reply@citizenhub.example>"));

        assertThat(properties.enabled()).isTrue();
        assertThat(properties.dispatchInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.batchSize()).isEqualTo(50);
        assertThat(properties.backoff().toBackoff()).isEqualTo(NotificationBackoff.DEFAULT);
    }

    @Test
    void the_back_off_is_configurable() {
        var properties = bind(Map.of("hub.notifications.from", "a@b.org",
                "hub.notifications.backoff.delays", "10s,2m", "hub.notifications.backoff.max-attempts", "3"));

        assertThat(properties.backoff().toBackoff())
                .isEqualTo(new NotificationBackoff(List.of(Duration.ofSeconds(10), Duration.ofMinutes(2)), 3));
    }

    @Test
    void enabled_notifications_need_a_sender_address() {
        assertThatThrownBy(() -> bind(Map.of())).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("hub.notifications.from must be set");
        assertThat(bind(Map.of("hub.notifications.enabled", "false")).enabled()).isFalse();
    }

    @Test
    void the_dispatch_interval_is_positive() {
        assertThatThrownBy(() -> bind(Map.of("hub.notifications.from", "a@b.org",
                "hub.notifications.dispatch-interval", "0s"))).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("dispatch-interval must be positive");
    }
}
