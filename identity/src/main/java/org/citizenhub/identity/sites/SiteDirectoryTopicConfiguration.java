package org.citizenhub.identity.sites;

import org.apache.kafka.clients.admin.NewTopic;
import org.citizenhub.sites.spring.SitesProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Declares the site directory's topic ({@code hub.sites.topic}, {@code gov.hub.identity.site-directory}; created at
 * start-up by Spring's {@code KafkaAdmin}): one partition, and <b>compacted</b> on its one key, so the topic keeps
 * the latest version for ever and a service starting years later reads the directory in force.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteDirectoryTopicConfiguration.Properties.class)
class SiteDirectoryTopicConfiguration {

    /** {@code hub.identity.sites.*}: the replication factor of the directory's topic (3 on a production cluster). */
    @ConfigurationProperties("hub.identity.sites")
    record Properties(@DefaultValue("1") int topicReplicas) {
    }

    @Bean
    NewTopic siteDirectoryTopic(SitesProperties sites, Properties properties) {
        return TopicBuilder.name(sites.topic())
                .partitions(1)
                .replicas(properties.topicReplicas())
                .compact()
                .build();
    }
}
