package org.citizenhub.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

class KafkaProducerDefaultsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, HubEventsAutoConfiguration.class));

    @Test
    void the_producer_is_idempotent_waits_for_all_replicas_and_fails_fast_when_the_broker_is_down() {
        context.run(app -> {
            Map<String, Object> config = app.getBean(DefaultKafkaProducerFactory.class).getConfigurationProperties();

            assertThat(config).containsEntry("enable.idempotence", "true")
                    .containsEntry("acks", "all")
                    .containsEntry("max.block.ms", "5000")
                    .containsEntry("request.timeout.ms", "5000")
                    .containsEntry("delivery.timeout.ms", "15000");
        });
    }

    @Test
    void a_service_can_still_override_each_setting() {
        context.withPropertyValues("spring.kafka.producer.properties[max.block.ms]=1000",
                        "spring.kafka.producer.acks=1")
                .run(app -> {
                    Map<String, Object> config =
                            app.getBean(DefaultKafkaProducerFactory.class).getConfigurationProperties();

                    assertThat(config).containsEntry("max.block.ms", "1000")
                            .containsEntry("acks", "1")
                            .containsEntry("delivery.timeout.ms", "15000");
                });
    }

    @Test
    void integration_events_replace_modulith_default_externalization() {
        context.run(app -> assertThat(app.getBean(
                org.springframework.modulith.events.EventExternalizationConfiguration.class)
                .supports(LetterSubmittedForTests.event())).isTrue());
    }

    @Test
    void the_kafka_template_writes_cloud_events_without_java_type_headers() {
        context.withConfiguration(AutoConfigurations.of(CloudEventKafkaAutoConfiguration.class))
                .run(app -> assertThat(app.getBean(org.springframework.kafka.core.KafkaTemplate.class)
                        .getMessageConverter()).isInstanceOf(CloudEventJsonMessageConverter.class));
    }

    /** Keeps the sample event's construction in one place. */
    static final class LetterSubmittedForTests {
        static Object event() {
            return org.citizenhub.events.LetterSubmitted.of("L-1", java.time.Clock.systemUTC());
        }
    }
}
