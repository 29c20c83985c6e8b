package org.citizenhub.sites.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.citizenhub.sites.DemoSites;
import org.citizenhub.sites.Site;
import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.sites.SiteDirectoryJson;
import org.citizenhub.testing.SharedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Services learn the site directory from the real Kafka broker, keep the newest version only, and keep a copy in
 * their database that a restart without Kafka still finds.
 */
class SiteDirectoryFeedIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String bootstrap = SharedInfrastructure.get().kafkaBootstrapServers();
    private String topic;
    private JdbcClient jdbc;
    private ApplicationContextRunner service;

    @BeforeEach
    void topicAndDatabaseOfItsOwn() throws Exception {
        topic = "test.site-directory." + UUID.randomUUID();
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get();
        }
        var endpoints = SharedInfrastructure.get();
        var dataSource = new DriverManagerDataSource(SharedInfrastructure.database("platform_sites"),
                endpoints.postgresUsername(), endpoints.postgresPassword());
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql(Files.readString(Path.of("src/main/resources/db/platform/R__platform_sites_site_directory.sql")))
                .update();
        jdbc.sql("delete from site_directory").update();
        service = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SitesAutoConfiguration.class))
                .withBean(JdbcClient.class, () -> jdbc)
                .withPropertyValues("spring.kafka.bootstrap-servers=" + bootstrap, "hub.sites.topic=" + topic);
    }

    @Test
    void a_directory_published_while_the_service_runs_is_in_force_without_a_restart() {
        service.run(context -> {
            HubSites sites = context.getBean(HubSites.class);
            assertThat(sites.directory().isLoaded()).isFalse();

            publish(DemoSites.json());

            await().atMost(PATIENCE).until(() -> sites.directory().version() == 1);
            assertThat(sites.siteOf("D-DONGCHENG-OFFICE")).contains("DONGCHENG");
            assertThat(sites.departmentsUnder("GOV")).contains("D-XICHENG-HOUSING");
        });
    }

    @Test
    void an_older_version_arriving_late_changes_nothing() {
        service.run(context -> {
            HubSites sites = context.getBean(HubSites.class);
            publish(withVersion(DemoSites.directory(), 5, "东城区（新名）"));
            await().atMost(PATIENCE).until(() -> sites.directory().version() == 5);

            publish(withVersion(DemoSites.directory(), 3, "东城区（旧名）"));
            publish(withVersion(DemoSites.directory(), 6, "东城区（最新）"));

            await().atMost(PATIENCE).until(() -> sites.directory().version() == 6);
            assertThat(sites.site("DONGCHENG").orElseThrow().nameZh()).isEqualTo("东城区（最新）");
        });
    }

    @Test
    void a_service_restarted_while_kafka_is_unreachable_still_knows_the_sites_from_its_own_copy() {
        service.run(context -> {
            publish(withVersion(DemoSites.directory(), 7, "东城区"));
            await().atMost(PATIENCE).until(() -> context.getBean(HubSites.class).directory().version() == 7);
        });

        // "Kafka unreachable": the restarted service points at a port where nothing listens.
        service.withPropertyValues("spring.kafka.bootstrap-servers=127.0.0.1:1").run(context -> {
            HubSites sites = context.getBean(HubSites.class);
            assertThat(sites.directory().version()).isEqualTo(7);
            assertThat(sites.siteOf("D-XICHENG-OFFICE")).contains("XICHENG");
        });
    }

    private static String withVersion(SiteDirectory directory, long version, String dongchengName) {
        List<Site> sites = directory.sites().stream()
                .map(s -> !s.code().equals("DONGCHENG") ? s : new Site(s.code(), s.department(), s.parent(),
                        dongchengName, s.nameEn(), s.hosts(), s.pathPrefix(), s.logoUrl(), s.contactZh(),
                        s.contactEn(), s.live(), s.includeChildren()))
                .toList();
        return SiteDirectoryJson.write(new SiteDirectory(version, sites, directory.placements()));
    }

    private void publish(String json) {
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (var producer = new KafkaProducer<String, byte[]>(props)) {
            producer.send(new ProducerRecord<>(topic, SitesProperties.KEY, json.getBytes(StandardCharsets.UTF_8)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
