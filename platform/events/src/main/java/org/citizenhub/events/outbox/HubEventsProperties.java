package org.citizenhub.events.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code hub.events.*}: the outbox's resubmission of event publications that did not reach Kafka. */
@ConfigurationProperties("hub.events")
public class HubEventsProperties {

    /** Whether this instance takes part in resubmitting (only one replica at a time does, guarded by ShedLock). */
    private boolean resubmitEnabled = true;

    /** How often outstanding publications are looked for and resubmitted. */
    private Duration resubmitInterval = Duration.ofSeconds(10);

    /**
     * After how long a publication still PUBLISHED or PROCESSING (the process died while sending) or RESUBMITTED
     * (a resubmission never finished) counts as failed and is resubmitted. Must exceed the producer's
     * max.block.ms + delivery.timeout.ms (20s by default), or events may be sent twice more often than needed.
     */
    private Duration staleAfter = Duration.ofSeconds(60);

    /** At most this many failed publications are resubmitted per round. */
    private int resubmitBatchSize = 100;

    /** Upper bound of one resubmission round; also how long a crashed replica's lock blocks the others. */
    private Duration lockAtMostFor = Duration.ofMinutes(2);

    /** Completed publications are deleted from the registry once they are older than this (zero keeps them). */
    private Duration completedRetention = Duration.ofDays(7);

    public boolean isResubmitEnabled() {
        return resubmitEnabled;
    }

    public void setResubmitEnabled(boolean resubmitEnabled) {
        this.resubmitEnabled = resubmitEnabled;
    }

    public Duration getResubmitInterval() {
        return resubmitInterval;
    }

    public void setResubmitInterval(Duration resubmitInterval) {
        this.resubmitInterval = resubmitInterval;
    }

    public Duration getStaleAfter() {
        return staleAfter;
    }

    public void setStaleAfter(Duration staleAfter) {
        this.staleAfter = staleAfter;
    }

    public int getResubmitBatchSize() {
        return resubmitBatchSize;
    }

    public void setResubmitBatchSize(int resubmitBatchSize) {
        this.resubmitBatchSize = resubmitBatchSize;
    }

    public Duration getLockAtMostFor() {
        return lockAtMostFor;
    }

    public void setLockAtMostFor(Duration lockAtMostFor) {
        this.lockAtMostFor = lockAtMostFor;
    }

    public Duration getCompletedRetention() {
        return completedRetention;
    }

    public void setCompletedRetention(Duration completedRetention) {
        this.completedRetention = completedRetention;
    }
}
