package org.citizenhub.sites.spring;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citizenhub.events.follow.CompactedTopicFollower;
import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.sites.SiteDirectoryJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Follows the compacted topic of the site directory (key {@value SitesProperties#KEY}, value the directory's JSON
 * as the identity service publishes it on every change) and puts each newer version in force in {@link HubSites}.
 * Every instance reads the whole topic ({@link CompactedTopicFollower}); a broker that is down only delays new
 * versions, the version in force (or the service's kept copy) stays.
 */
public class SiteDirectoryFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SiteDirectoryFeed.class);
    /** A directory of hundreds of sites and thousands of departments is a few hundred KB. */
    private static final int LARGEST_DIRECTORY_BYTES = 8 * 1024 * 1024;

    private final HubSites sites;
    private final CompactedTopicFollower follower;

    public SiteDirectoryFeed(HubSites sites, String bootstrapServers, String topic) {
        this.sites = sites;
        this.follower = new CompactedTopicFollower("site-directory-feed", bootstrapServers, topic, this::receive,
                LARGEST_DIRECTORY_BYTES);
    }

    private void receive(List<ConsumerRecord<String, byte[]>> records) {
        SiteDirectory latest = null;
        for (ConsumerRecord<String, byte[]> record : records) {
            SiteDirectory read = read(record);
            if (read != null && (latest == null || read.version() > latest.version())) {
                latest = read;
            }
        }
        if (latest != null) {
            sites.apply(latest);
        }
    }

    private static SiteDirectory read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return null;
        }
        try {
            return SiteDirectoryJson.read(new String(record.value(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            log.warn("Ignoring an unreadable site directory at {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return null;
        }
    }

    @Override
    public void start() {
        follower.start();
    }

    @Override
    public void stop() {
        follower.stop();
    }

    @Override
    public boolean isRunning() {
        return follower.isRunning();
    }
}
