package org.citizenhub.calendar.spring;

import java.time.Clock;

import org.citizenhub.calendar.BundledNotices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * A {@link HubCalendar} for every service on the platform: the bundled notices at start-up, later years from the
 * notice topic when Kafka is configured. Uses the application's {@link Clock} bean if it has one.
 */
@AutoConfiguration
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    HubCalendar hubCalendar(CalendarProperties properties, ObjectProvider<Clock> clock) {
        return new HubCalendar(BundledNotices.calendar(), properties.policy(),
                clock.getIfAvailable(() -> Clock.system(properties.zone())));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.apache.kafka.clients.consumer.KafkaConsumer",
            "org.citizenhub.events.follow.CompactedTopicFollower"})
    @ConditionalOnProperty("spring.kafka.bootstrap-servers")
    @ConditionalOnBooleanProperty(name = "hub.calendar.feed.enabled", matchIfMissing = true)
    static class Feed {

        @Bean
        HolidayNoticeFeed holidayNoticeFeed(HubCalendar calendar, CalendarProperties properties,
                                            Environment environment) {
            return new HolidayNoticeFeed(calendar, environment.getRequiredProperty("spring.kafka.bootstrap-servers"),
                    properties.feed().topic());
        }
    }
}
