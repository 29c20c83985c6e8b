package org.citizenhub.calendar.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.citizenhub.calendar.HolidayNotice;
import org.citizenhub.calendar.HolidayNotice.Holiday;
import org.citizenhub.calendar.HolidayNoticeJson;
import org.citizenhub.testing.SharedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Services learn newly published holiday notices from the real Kafka broker, without a restart. */
class HolidayNoticeFeedIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String bootstrap = SharedInfrastructure.get().kafkaBootstrapServers();
    private String topic;
    private ApplicationContextRunner service;

    @BeforeEach
    void topicOfItsOwn() throws Exception {
        topic = "test.holiday-notice." + UUID.randomUUID();
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get();
        }
        service = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CalendarAutoConfiguration.class))
                .withPropertyValues("spring.kafka.bootstrap-servers=" + bootstrap, "hub.calendar.feed.topic=" + topic);
    }

    @Test
    void a_notice_published_while_the_service_runs_is_used_without_a_restart() {
        service.run(context -> {
            HubCalendar calendar = context.getBean(HubCalendar.class);
            assertThat(calendar.calendar().covers(2027)).isFalse();

            publish(notice(2027));

            await().atMost(PATIENCE).until(() -> calendar.calendar().covers(2027));
            assertThat(calendar.calendar().nextWorkingDay(LocalDate.of(2026, 12, 31)))
                    .isEqualTo(LocalDate.of(2027, 1, 4));
        });
    }

    @Test
    void a_service_started_after_the_publication_learns_it_at_start() {
        publish(notice(2027));

        service.run(context -> await().atMost(PATIENCE)
                .until(() -> context.getBean(HubCalendar.class).calendar().covers(2027)));
    }

    @Test
    void a_year_that_arrives_before_the_year_preceding_it_waits_for_it() {
        publish(notice(2028));
        publish(notice(2027));

        service.run(context -> await().atMost(PATIENCE).until(() ->
                context.getBean(HubCalendar.class).calendar().loadedYears().containsAll(List.of(2027, 2028))));
    }

    @Test
    void an_unreadable_record_is_skipped_and_the_feed_goes_on() {
        publish("2027", "{ this is not a notice".getBytes(StandardCharsets.UTF_8));
        publish(notice(2027));

        service.run(context -> await().atMost(PATIENCE)
                .until(() -> context.getBean(HubCalendar.class).calendar().covers(2027)));
    }

    @Test
    void a_service_without_kafka_still_has_the_bundled_years() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CalendarAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).doesNotHaveBean(HolidayNoticeFeed.class);
                    assertThat(context.getBean(HubCalendar.class).calendar().loadedYears()).contains(2020, 2026);
                });
    }

    private static HolidayNotice notice(int year) {
        // A synthetic notice: the real one for 2027 is loaded by an administrator when it is published.
        return new HolidayNotice(year, "测试〔" + (year - 1) + "〕1号", "测试用 " + year + " 年节假日安排",
                LocalDate.of(year - 1, 11, 1), List.of(),
                List.of(new Holiday("元旦", "New Year's Day", LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1),
                        List.of(), null)));
    }

    private void publish(HolidayNotice notice) {
        publish(String.valueOf(notice.year()), HolidayNoticeJson.write(notice).getBytes(StandardCharsets.UTF_8));
    }

    private void publish(String key, byte[] value) {
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (var producer = new KafkaProducer<String, byte[]>(props)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
