package org.citizenhub.survey.interviews;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live stream of approved questions and answers (Server-Sent Events). Fan-out across replicas without a broker:
 * every replica polls the event log ({@code survey_interview_event}) for the interviews its own watchers follow, from
 * the lowest sequence one of them has seen, and sends each watcher what lies beyond its own cursor. A reconnect's
 * {@code Last-Event-ID} is simply the new watcher's starting cursor, so it receives exactly what it missed. One
 * thread does all sending (polls and heartbeats), so no emitter is written to by two threads.
 */
@Component
class LiveInterviews implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveInterviews.class);
    private static final int BATCH = 200;

    private static final class Watcher {
        final SseEmitter emitter;
        volatile long cursor;

        Watcher(SseEmitter emitter, long cursor) {
            this.emitter = emitter;
            this.cursor = cursor;
        }
    }

    private final InterviewHandling handling;
    private final InterviewsProperties properties;
    private final Map<UUID, List<Watcher>> watchers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "survey-interviews-live");
        t.setDaemon(true);
        return t;
    });
    private volatile long lastHeartbeat = System.nanoTime();

    LiveInterviews(InterviewHandling handling, InterviewsProperties properties) {
        this.handling = handling;
        this.properties = properties;
        long every = properties.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** A new watcher of the interview, starting after {@code lastSeen} (0: from the beginning). */
    SseEmitter watch(UUID interviewId, long lastSeen) {
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        Watcher watcher = new Watcher(emitter, lastSeen);
        try {
            // the response's headers go out now: a proxy or browser knows the stream is open before any event
            emitter.send(SseEmitter.event().comment("connected").reconnectTime(3000));
        } catch (IOException e) {
            emitter.completeWithError(e);
            return emitter;
        }
        Runnable gone = () -> remove(interviewId, watcher);
        emitter.onCompletion(gone);
        emitter.onTimeout(gone);
        emitter.onError(e -> gone.run());
        watchers.computeIfAbsent(interviewId, k -> new CopyOnWriteArrayList<>()).add(watcher);
        return emitter;
    }

    private void remove(UUID interviewId, Watcher watcher) {
        watchers.computeIfPresent(interviewId, (k, list) -> {
            list.remove(watcher);
            return list.isEmpty() ? null : list;
        });
    }

    private void tick() {
        boolean heartbeat = System.nanoTime() - lastHeartbeat >= properties.heartbeat().toNanos();
        if (heartbeat) {
            lastHeartbeat = System.nanoTime();
        }
        for (var entry : watchers.entrySet()) {
            try {
                deliver(entry.getKey(), entry.getValue(), heartbeat);
            } catch (RuntimeException e) {
                // one interview's trouble (e.g. the database briefly away) never stops the others' streams
                log.warn("Live stream of interview {} not delivered this round: {}", entry.getKey(), e.toString());
            }
        }
    }

    private void deliver(UUID interviewId, List<Watcher> list, boolean heartbeat) {
        long from = list.stream().mapToLong(w -> w.cursor).min().orElse(Long.MAX_VALUE);
        if (from == Long.MAX_VALUE) {
            return;
        }
        var events = handling.eventsAfter(interviewId, from, BATCH);
        for (Watcher w : list) {
            try {
                for (var e : events) {
                    if (e.seq() > w.cursor) {
                        w.emitter.send(SseEmitter.event().id(Long.toString(e.seq())).name(e.kind()).data(e.payload()));
                        w.cursor = e.seq();
                    }
                }
                if (heartbeat) {
                    w.emitter.send(SseEmitter.event().comment("heartbeat"));
                }
            } catch (IOException | IllegalStateException e) {
                // the watcher went away: drop it, the others go on
                remove(interviewId, w);
                w.emitter.completeWithError(e);
            }
        }
    }

    /** How long the heartbeat lets an idle stream be silent (for docs and tests). */
    Duration heartbeat() {
        return properties.heartbeat();
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
        watchers.values().forEach(list -> list.forEach(w -> w.emitter.complete()));
        watchers.clear();
    }
}
