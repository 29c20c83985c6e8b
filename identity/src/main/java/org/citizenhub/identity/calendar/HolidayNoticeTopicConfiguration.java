package org.citizenhub.identity.calendar;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Declares {@code gov.hub.identity.holiday-notice} (created at start-up by Spring's {@code KafkaAdmin}): one
 * partition, so notices stay in publication order, and <b>compacted</b>, so the latest notice of every year (the
 * record key) is kept for ever and a service starting years later still reads every year published since its
 * release.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HolidayNoticeTopicConfiguration.Properties.class)
class HolidayNoticeTopicConfiguration {

    /** {@code hub.identity.calendar.*}: the replication factor of the notice topic (3 on a production cluster). */
    @ConfigurationProperties("hub.identity.calendar")
    record Properties(@DefaultValue("1") int topicReplicas) {
    }

    @Bean
    NewTopic holidayNoticeTopic(Properties properties) {
        return TopicBuilder.name(HolidayNoticePublished.TOPIC)
                .partitions(1)
                .replicas(properties.topicReplicas())
                .compact()
                .build();
    }
}
