package org.citizenhub.calendar.spring;

import java.time.LocalTime;
import java.time.ZoneId;

import org.citizenhub.calendar.CountingPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hub.calendar.*}: the counting policy and the feed of newly published holiday notices.
 *
 * @param zone         zone dates are read in (Asia/Shanghai)
 * @param officeOpens  start of office hours on a working day
 * @param officeCloses end of office hours; deadlines fall at this time, later receipt counts as next working day
 * @param feed         following notices loaded by an administrator (published by the identity service)
 */
@ConfigurationProperties("hub.calendar")
public record CalendarProperties(ZoneId zone, LocalTime officeOpens, LocalTime officeCloses, Feed feed) {

    public static final String NOTICE_TOPIC = "gov.hub.identity.holiday-notice";

    public CalendarProperties {
        zone = zone == null ? CountingPolicy.DEFAULT.zone() : zone;
        officeOpens = officeOpens == null ? CountingPolicy.DEFAULT.officeOpens() : officeOpens;
        officeCloses = officeCloses == null ? CountingPolicy.DEFAULT.officeCloses() : officeCloses;
        feed = feed == null ? new Feed(true, NOTICE_TOPIC) : feed;
    }

    public CountingPolicy policy() {
        return new CountingPolicy(zone, officeOpens, officeCloses);
    }

    /**
     * @param enabled read the notice topic (when Kafka is configured)
     * @param topic   the compacted topic of notices, keyed by year
     */
    public record Feed(boolean enabled, String topic) {
        public Feed {
            topic = topic == null || topic.isBlank() ? NOTICE_TOPIC : topic;
        }
    }
}
