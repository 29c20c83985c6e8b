package org.citizenhub.identity.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.awaitility.Awaitility;
import org.citizenhub.sites.SiteDirectoryJson;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.sites.spring.SitesProperties;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.SharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How the directory reaches the topic besides the admin API: at every start, and on its compacted topic. */
@HubIntegrationTest
class SiteDirectoryPublicationIT {

    @Autowired
    Sites sites;

    @Autowired
    HubSites hubSites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SitesProperties sitesProperties;

    @Test
    void a_change_made_outside_the_api_is_published_as_a_new_version_at_the_next_start_and_an_unchanged_one_again() {
        String contact = "东城区东大街8号 电话 0999-22345000 " + System.nanoTime();
        String original = jdbc.sql("select contact_zh from site where code = 'DONGCHENG'").query(String.class).single();
        long before = version();
        try (var probe = KafkaProbe.subscribe(sitesProperties.topic())) {
            jdbc.sql("update site set contact_zh = :contact where code = 'DONGCHENG'").param("contact", contact)
                    .update();

            sites.afterSingletonsInstantiated();

            assertThat(version()).isEqualTo(before + 1);
            assertThat(hubSites.directory().version()).isEqualTo(before + 1);
            assertThat(hubSites.directory().site("DONGCHENG").orElseThrow().contactZh()).isEqualTo(contact);
            probe.awaitRecord(r -> SiteDirectoryJson.read(r.value()).version() == before + 1, Duration.ofSeconds(30));

            sites.afterSingletonsInstantiated();

            assertThat(version()).isEqualTo(before + 1);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> probe.records().stream()
                    .filter(r -> SiteDirectoryJson.read(r.value()).version() == before + 1).count() == 2);
        } finally {
            jdbc.sql("update site set contact_zh = :contact where code = 'DONGCHENG'").param("contact", original)
                    .update();
            sites.afterSingletonsInstantiated();
        }
    }

    @Test
    void the_directory_topic_is_compacted_with_one_partition_so_its_latest_version_is_kept() throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.get().kafkaBootstrapServers()))) {
            var topic = new ConfigResource(ConfigResource.Type.TOPIC, sitesProperties.topic());
            var config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
            var description = admin.describeTopics(List.of(sitesProperties.topic())).allTopicNames().get()
                    .get(sitesProperties.topic());

            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
            assertThat(description.partitions()).hasSize(1);
        }
    }

    private long version() {
        return jdbc.sql("select version from site_directory_version").query(Long.class).single();
    }
}
