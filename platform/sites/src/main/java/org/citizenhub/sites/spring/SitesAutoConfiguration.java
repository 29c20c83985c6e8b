package org.citizenhub.sites.spring;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.citizenhub.sites.web.SiteSelectionArgumentResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@link HubSites} for every service (its kept copy read once the database is migrated), the
 * {@link SiteDirectoryFeed} when Kafka is configured and {@code hub.sites.feed-enabled} is not false, and the
 * {@link org.citizenhub.sites.web.SiteSelection} controller parameter in servlet services. The kept copy's table
 * comes from the service's Flyway ({@code classpath:db/platform}).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@EnableConfigurationProperties(SitesProperties.class)
public class SitesAutoConfiguration {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    public HubSites hubSites(ObjectProvider<JdbcClient> jdbc, ObjectProvider<Clock> clock) {
        return new HubSites(jdbc.getIfAvailable(), clock.getIfAvailable(() -> Clock.system(ZONE)));
    }

    @Bean
    SmartInitializingSingleton hubSitesKeptCopy(HubSites sites) {
        return sites::loadKept;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.apache.kafka.clients.consumer.KafkaConsumer",
            "org.citizenhub.events.follow.CompactedTopicFollower"})
    @ConditionalOnProperty("spring.kafka.bootstrap-servers")
    @ConditionalOnBooleanProperty(name = "hub.sites.feed-enabled", matchIfMissing = true)
    static class Feed {

        @Bean
        SiteDirectoryFeed siteDirectoryFeed(HubSites sites, SitesProperties properties, Environment environment) {
            return new SiteDirectoryFeed(sites, environment.getRequiredProperty("spring.kafka.bootstrap-servers"),
                    properties.topic());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(WebMvcConfigurer.class)
    static class Web {

        @Bean
        WebMvcConfigurer siteSelectionResolver(HubSites sites) {
            return new WebMvcConfigurer() {
                @Override
                public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                    resolvers.add(new SiteSelectionArgumentResolver(sites));
                }
            };
        }
    }

    /** The {@code site} and {@code includeChildren} query parameters in the OpenAPI document, when springdoc is there. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OperationCustomizer")
    static class OpenApi {

        @Bean
        org.citizenhub.sites.web.SiteSelectionOpenApi siteSelectionOpenApi() {
            org.springdoc.core.utils.SpringDocUtils.getConfig()
                    .addRequestWrapperToIgnore(org.citizenhub.sites.web.SiteSelection.class);
            return new org.citizenhub.sites.web.SiteSelectionOpenApi();
        }
    }
}
