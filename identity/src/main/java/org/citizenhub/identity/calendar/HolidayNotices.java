package org.citizenhub.identity.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.calendar.BundledNotices;
import org.citizenhub.calendar.HolidayNotice;
import org.citizenhub.calendar.HolidayNoticeJson;
import org.citizenhub.calendar.InvalidNoticeException;
import org.citizenhub.calendar.ScheduleViolation;
import org.citizenhub.calendar.spring.HubCalendar;
import org.citizenhub.identity.calendar.HolidayNoticeRepository.StoredNotice;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.HubProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The State Council holiday notices behind every working-day count of the hub. The years bundled with the platform
 * come from {@code platform/calendar}; later years (and corrections) are uploaded by an administrator, stored here,
 * written to the operation log and published on the compacted topic {@code gov.hub.identity.holiday-notice}, from
 * which every service's {@link HubCalendar} loads them.
 *
 * <p>An upload is checked against the calendar in force (soundness, no gap between years, no contradiction with the
 * neighbouring years) before anything is written; a refused notice leaves no row, no log line and no event.
 * Uploading the notice already in force for its year changes nothing (answered as a replacement, but nothing is
 * stored, logged or published again); "the same" means the same notice once read, whatever the whitespace or key
 * order of the JSON.
 */
@Service
public class HolidayNotices implements SmartInitializingSingleton {

    static final String AUDIT_TARGET = "holiday-notice";
    static final String LOADED = "holiday-notice.loaded";
    static final String REPLACED = "holiday-notice.replaced";

    private static final Logger log = LoggerFactory.getLogger(HolidayNotices.class);

    /** Where a year of the calendar in force comes from. */
    public enum Source { BUNDLED, UPLOADED }

    /** A year of the calendar in force; {@code loadedAt} and {@code loadedBy} only for uploads. */
    public record NoticeSummary(int year, String notice, String title, LocalDate published, Source source,
                                OffsetDateTime loadedAt, String loadedBy) {
    }

    /**
     * @param created the year was not in the calendar before
     * @param changed the notice was stored, logged and published (false when it was already in force)
     */
    public record Loaded(NoticeSummary summary, boolean created, boolean changed) {
    }

    private final HolidayNoticeRepository notices;
    private final HubCalendar calendar;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final Map<Integer, HolidayNotice> bundled;
    /** One upload at a time per instance: each is checked against the calendar the previous one produced. */
    private final ReentrantLock uploads = new ReentrantLock();

    HolidayNotices(HolidayNoticeRepository notices, HubCalendar calendar, AuditLog auditLog,
                   ApplicationEventPublisher events, TransactionTemplate transactions, JsonMapper jsonMapper,
                   Clock clock) {
        this.notices = notices;
        this.calendar = calendar;
        this.auditLog = auditLog;
        this.events = events;
        this.transactions = transactions;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        this.bundled = BundledNotices.all().stream()
                .collect(Collectors.toUnmodifiableMap(HolidayNotice::year, Function.identity()));
    }

    /**
     * Loads the stored notices into the calendar, lowest year first, once the database is migrated and before the
     * web server and the notice feed start. A stored notice the calendar refuses is logged and skipped.
     */
    @Override
    public void afterSingletonsInstantiated() {
        loadStored();
    }

    void loadStored() {
        for (StoredNotice stored : notices.findAll()) {
            try {
                HolidayNotice notice = HolidayNoticeJson.read(stored.document());
                if (!notice.equals(calendar.calendar().notice(notice.year()).orElse(null))) {
                    calendar.load(notice);
                }
            } catch (InvalidNoticeException refused) {
                log.error("The stored holiday notice for {} ({}) is refused by the calendar and was not loaded: {}",
                        stored.year(), stored.notice(), refused.violations());
            }
        }
    }

    /** The years of the calendar in force, ascending. */
    public List<NoticeSummary> summaries() {
        Map<Integer, StoredNotice> stored = notices.findAll().stream()
                .collect(Collectors.toMap(StoredNotice::year, Function.identity()));
        return calendar.calendar().notices().stream()
                .map(notice -> summary(notice, Optional.ofNullable(stored.get(notice.year()))))
                .toList();
    }

    /** The notice in force for the year. */
    public Optional<HolidayNotice> notice(int year) {
        return calendar.calendar().notice(year);
    }

    /**
     * Loads the uploaded notice for {@code year}. Refused with {@link HolidayNoticeRefused} (nothing written) if it
     * is not a notice for that year or the calendar would not accept it; {@link HubProblem} malformed-json if the
     * body is not JSON at all.
     */
    public Loaded load(AuditActor actor, int year, String json) {
        HolidayNotice notice = read(year, json);
        uploads.lock();
        try {
            var current = calendar.calendar();
            try {
                current.with(notice);
            } catch (InvalidNoticeException refused) {
                throw new HolidayNoticeRefused(year, refused.violations());
            }
            Optional<HolidayNotice> previous = current.notice(year);
            Optional<StoredNotice> stored = notices.find(year);
            HolidayNotice inForce = stored.map(s -> HolidayNoticeJson.read(s.document())).orElse(bundled.get(year));
            if (notice.equals(inForce)) {
                if (!notice.equals(previous.orElse(null))) {
                    calendar.load(notice);
                }
                return new Loaded(summary(notice, stored), false, false);
            }
            OffsetDateTime loadedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
            transactions.executeWithoutResult(transaction -> {
                notices.save(year, notice.notice(), HolidayNoticeJson.write(notice), loadedAt, actor);
                auditLog.record(actor, previous.isPresent() ? REPLACED : LOADED, AUDIT_TARGET, String.valueOf(year),
                        auditDetails(notice, previous));
                events.publishEvent(HolidayNoticePublished.of(notice, jsonMapper, clock));
            });
            try {
                calendar.load(notice);
            } catch (InvalidNoticeException meanwhile) {
                // Only if the calendar changed between the check and here (a notice arriving through the feed from
                // another instance); the notice is stored and published, and the feed loads it once it fits.
                log.error("Holiday notice for {} stored and published but not loaded here yet: {}", year,
                        meanwhile.violations());
            }
            var summary = new NoticeSummary(year, notice.notice(), notice.title(), notice.published(),
                    Source.UPLOADED, loadedAt, loadedBy(actor.username(), actor.subject()));
            return new Loaded(summary, previous.isEmpty(), true);
        } finally {
            uploads.unlock();
        }
    }

    private HolidayNotice read(int year, String json) {
        try {
            jsonMapper.readTree(json);
        } catch (JacksonException notJson) {
            throw new HubProblem(CommonProblem.MALFORMED_JSON);
        }
        HolidayNotice notice;
        try {
            notice = HolidayNoticeJson.read(json);
        } catch (InvalidNoticeException malformed) {
            throw new HolidayNoticeRefused(year, malformed.violations());
        }
        if (notice.year() != year) {
            throw new HolidayNoticeRefused(year, List.of(new ScheduleViolation("year-mismatch", "year",
                    "the notice is for " + notice.year() + " but was uploaded as the notice for " + year)));
        }
        return notice;
    }

    private NoticeSummary summary(HolidayNotice notice, Optional<StoredNotice> stored) {
        return stored
                .map(s -> new NoticeSummary(notice.year(), notice.notice(), notice.title(), notice.published(),
                        Source.UPLOADED, s.loadedAt().atZoneSameInstant(clock.getZone()).toOffsetDateTime(),
                        loadedBy(s.loadedByUsername(), s.loadedBySubject())))
                .orElseGet(() -> new NoticeSummary(notice.year(), notice.notice(), notice.title(), notice.published(),
                        Source.BUNDLED, null, null));
    }

    private static String loadedBy(String username, String subject) {
        return username == null || username.isBlank() ? subject : username;
    }

    private static Map<String, Object> auditDetails(HolidayNotice notice, Optional<HolidayNotice> previous) {
        var details = new LinkedHashMap<String, Object>();
        details.put("notice", notice.notice());
        details.put("title", notice.title());
        details.put("published", notice.published() == null ? null : notice.published().toString());
        details.put("holidays", notice.holidays().size());
        previous.ifPresent(p -> details.put("replacedNotice", p.notice()));
        return details;
    }
}
