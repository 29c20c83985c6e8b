package org.citizenhub.calendar.spring;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citizenhub.calendar.HolidayNotice;
import org.citizenhub.calendar.HolidayNoticeJson;
import org.citizenhub.calendar.InvalidNoticeException;
import org.citizenhub.events.follow.CompactedTopicFollower;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Follows the compacted topic of holiday notices (key: year, value: the notice's JSON, published by the identity
 * service when an administrator loads a year) and loads each one into the {@link HubCalendar}.
 *
 * <p>Every instance reads the whole topic from the beginning on start ({@link CompactedTopicFollower}): each replica
 * needs every year, and a restarted one must learn again what was published while it was down. Records are
 * applied lowest year first; a year that would leave a gap waits until the year before it arrives.
 */
public class HolidayNoticeFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HolidayNoticeFeed.class);

    private final HubCalendar calendar;
    private final CompactedTopicFollower follower;
    /** Touched by the follower's thread only. */
    private final Map<Integer, HolidayNotice> waiting = new TreeMap<>();

    public HolidayNoticeFeed(HubCalendar calendar, String bootstrapServers, String topic) {
        this.calendar = calendar;
        this.follower = new CompactedTopicFollower("holiday-notice-feed", bootstrapServers, topic, this::receive);
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

    private void receive(List<ConsumerRecord<String, byte[]>> records) {
        records.forEach(this::receiveOne);
        applyWaiting();
    }

    private void receiveOne(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return; // a tombstone: compaction housekeeping, nothing to load
        }
        try {
            HolidayNotice notice = HolidayNoticeJson.read(new String(record.value(), StandardCharsets.UTF_8));
            waiting.put(notice.year(), notice);
        } catch (InvalidNoticeException e) {
            log.warn("Ignoring an unreadable holiday notice at {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }

    private void applyWaiting() {
        boolean progress = true;
        while (progress && !waiting.isEmpty()) {
            progress = false;
            for (var it = waiting.values().iterator(); it.hasNext(); ) {
                HolidayNotice notice = it.next();
                try {
                    if (!notice.equals(calendar.calendar().notice(notice.year()).orElse(null))) {
                        calendar.load(notice);
                    }
                    it.remove();
                    progress = true;
                } catch (InvalidNoticeException e) {
                    boolean gap = e.violations().stream().anyMatch(v -> v.code().equals("years-not-contiguous"));
                    if (!gap) {
                        log.warn("Ignoring holiday notice for {}: {}", notice.year(), e.getMessage());
                        it.remove();
                    }
                }
            }
        }
    }
}
