package org.citizenhub.survey.hearings;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.survey.SurveyApplication;
import org.citizenhub.survey.hearings.domain.HearingPhase;
import org.citizenhub.survey.hearings.domain.HearingPolicies;
import org.citizenhub.survey.hearings.domain.HearingRecord;
import org.citizenhub.survey.hearings.domain.HearingSchedule;
import org.citizenhub.survey.hearings.domain.Lottery;
import org.citizenhub.survey.hearings.domain.Refusal;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hearings: announced by a site's administrator, registered for by citizens (once per identity), seated by the
 * reproducible {@link Lottery} with the seed announced with the hearing, statements in advance, the record after.
 * Where a hearing stands is its {@link HearingPhase}; what may happen in it, the named {@link HearingPolicies}, whose
 * refusals are answered with the {@link HearingProblem} of their rule.
 */
@Service
public class Hearings {

    private static final SecureRandom RANDOM = new SecureRandom();

    public record HearingDetails(String department, String subject, String announcement, Instant registrationOpensAt,
                                 Instant registrationClosesAt, Instant hearingAt, int seats) {
    }

    /**
     * A hearing as everyone sees it (the public JSON); {@code seed} is public from the announcement on,
     * {@code drawnAt}, {@code record} and {@code recordPublishedAt} are null until their phase, {@code phase} names it.
     */
    public record Hearing(UUID id, String department, String site, String subject, String announcement,
                          OffsetDateTime registrationOpensAt, OffsetDateTime registrationClosesAt,
                          OffsetDateTime hearingAt, int seats, String seed, OffsetDateTime drawnAt, String record,
                          OffsetDateTime recordPublishedAt, String phase) {

        static Hearing of(Stored s, HearingPhase phase) {
            HearingSchedule schedule = phase.schedule();
            Optional<HearingRecord> record = phase.record();
            return new Hearing(s.id(), s.department(), s.site(), s.subject(), s.announcement(),
                    odt(schedule.registrationOpensAt()), odt(schedule.registrationClosesAt()),
                    odt(schedule.hearingAt()), schedule.seats(), s.seed(), phase.drawnAt().map(Hearings::odt)
                    .orElse(null), record.map(HearingRecord::text).orElse(null),
                    record.map(r -> odt(r.publishedAt())).orElse(null), phase.name());
        }
    }

    /** A hearing as stored: what never changes, and the facts from which its phase follows at a given time. */
    record Stored(UUID id, String department, String site, String subject, String announcement, String seed,
                  HearingSchedule schedule, Optional<Instant> drawnAt, Optional<HearingRecord> record) {

        HearingPhase phaseAt(Instant now) {
            return HearingPhase.at(schedule, drawnAt, record, now);
        }
    }

    /** A registration as published after the draw: its id (the lottery's input), a masked name, the seat. */
    public record PublicRegistration(UUID id, String name, boolean seated, String statement) {
    }

    public record MyRegistration(UUID id, Boolean seated) {
    }

    private final JdbcClient jdbc;
    private final HubSites sites;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final HearingPolicies policies = new HearingPolicies(SurveyApplication.ZONE);

    Hearings(JdbcClient jdbc, HubSites sites, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public String siteOf(String department) {
        return sites.siteOf(department).orElseThrow(() -> new HubProblem(HearingProblem.INVALID_HEARING_SCHEDULE));
    }

    @Transactional
    public Hearing announce(HearingDetails d, String seed, AuditActor admin) {
        enforce(policies.scheduleFits(new HearingSchedule(d.registrationOpensAt(), d.registrationClosesAt(),
                d.hearingAt(), d.seats())));
        String site = siteOf(d.department());
        UUID id = UUID.randomUUID();
        // announced now, before anyone registers; a seed of the administrator's choice (e.g. a lottery number
        // drawn in public) or 32 random bytes
        String announcedSeed = seed != null && !seed.isBlank() ? seed
                : HexFormat.of().formatHex(RANDOM.generateSeed(32));
        jdbc.sql("""
                        insert into survey_hearing (id, department, site, subject, announcement, registration_opens_at,
                            registration_closes_at, hearing_at, seats, seed, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, d.department(), site, d.subject(), d.announcement(), ts(d.registrationOpensAt()),
                        ts(d.registrationClosesAt()), ts(d.hearingAt()), d.seats(), announcedSeed, ts(clock.instant()))
                .update();
        audit.record(admin, "survey.hearing.announced", "survey-hearing", id.toString(), d);
        return find(id).orElseThrow();
    }

    public Optional<Hearing> find(UUID id) {
        Instant now = clock.instant();
        return stored(id).map(s -> Hearing.of(s, s.phaseAt(now)));
    }

    private Optional<Stored> stored(UUID id) {
        return jdbc.sql("select * from survey_hearing where id = ?").param(id).query(Hearings::stored).optional();
    }

    private Stored existing(UUID id) {
        return stored(id).orElseThrow(() -> new HubProblem(HearingProblem.HEARING_NOT_FOUND, id));
    }

    private static void enforce(Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw new HubProblem(HearingProblem.of(r.rule()), r.args().toArray());
        });
    }

    public List<Hearing> ofSites(java.util.Set<String> siteCodes) {
        if (siteCodes.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return jdbc.sql("select * from survey_hearing where site in (:sites) order by hearing_at desc")
                .param("sites", siteCodes).query(Hearings::stored).list().stream()
                .map(s -> Hearing.of(s, s.phaseAt(now))).toList();
    }

    /** Once per identity: the unique constraint decides when two requests race. */
    @Transactional
    public MyRegistration register(UUID hearingId, String subject, String displayName, String interest) {
        Stored h = existing(hearingId);
        Instant now = clock.instant();
        enforce(policies.registration(h.phaseAt(now)));
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into survey_hearing_registration (id, hearing_id, subject, display_name, interest,
                            registered_at) values (?, ?, ?, ?, ?, ?)
                        on conflict (hearing_id, subject) do nothing""")
                .params(id, hearingId, subject, displayName, interest, ts(now)).update();
        if (inserted == 0) {
            // one-registration-per-identity, decided by the unique index
            throw new HubProblem(HearingProblem.ALREADY_REGISTERED);
        }
        return new MyRegistration(id, null);
    }

    public Optional<MyRegistration> registrationOf(UUID hearingId, String subject) {
        return jdbc.sql("select id, seated from survey_hearing_registration where hearing_id = ? and subject = ?")
                .params(hearingId, subject)
                .query((rs, n) -> new MyRegistration(rs.getObject("id", UUID.class),
                        (Boolean) rs.getObject("seated"))).optional();
    }

    /**
     * After registration closes, once: the conditional update on {@code drawn_at} lets only one draw through, the
     * lottery seats {@code seats} registrations (all of them when there are no more), the event tells the count.
     */
    @Transactional
    public Hearing draw(UUID hearingId, AuditActor admin) {
        Stored h = existing(hearingId);
        enforce(policies.draw(h.phaseAt(clock.instant())));
        int claimed = jdbc.sql("update survey_hearing set drawn_at = ? where id = ? and drawn_at is null")
                .params(ts(clock.instant()), hearingId).update();
        if (claimed == 0) {
            // draw-once, when an administrator and the scheduled draw race
            throw new HubProblem(HearingProblem.SEATS_ALREADY_DRAWN);
        }
        List<UUID> registered = jdbc.sql("select id from survey_hearing_registration where hearing_id = ?")
                .param(hearingId).query(UUID.class).list();
        List<UUID> seated = Lottery.draw(h.seed(), registered, h.schedule().seats());
        jdbc.sql("update survey_hearing_registration set seated = (id in (:seated)) where hearing_id = :hearing")
                .param("seated", seated.isEmpty() ? List.of(new UUID(0, 0)) : seated).param("hearing", hearingId)
                .update();
        audit.record(admin, "survey.hearing.seats-drawn", "survey-hearing", hearingId.toString(),
                Map.of("registered", registered.size(), "seated", seated.size()));
        Hearing after = find(hearingId).orElseThrow();
        events.publishEvent(HearingEvents.SeatsDrawn.of(after, registered.size(), seated.size(), clock));
        return after;
    }

    /** A seated participant's statement, in advance of the hearing; they may replace it until then. */
    @Transactional
    public void submitStatement(UUID hearingId, String subject, String statement) {
        Stored h = existing(hearingId);
        boolean seated = registrationOf(hearingId, subject).map(r -> Boolean.TRUE.equals(r.seated())).orElse(false);
        enforce(policies.statement(h.phaseAt(clock.instant()), seated));
        jdbc.sql("""
                        update survey_hearing_registration set statement = ?, statement_at = ?
                        where hearing_id = ? and subject = ? and seated""")
                .params(statement, ts(clock.instant()), hearingId, subject).update();
    }

    @Transactional
    public Hearing publishRecord(UUID hearingId, String record, AuditActor admin) {
        enforce(policies.record(existing(hearingId).phaseAt(clock.instant())));
        jdbc.sql("update survey_hearing set record = ?, record_published_at = ? where id = ?")
                .params(record, ts(clock.instant()), hearingId).update();
        audit.record(admin, "survey.hearing.record-published", "survey-hearing", hearingId.toString(),
                Map.of("length", record.length()));
        return find(hearingId).orElseThrow();
    }

    /** Every registration id (so anyone can re-run the draw), names masked; statements once the seats are drawn. */
    public List<PublicRegistration> publicRegistrations(UUID hearingId) {
        return jdbc.sql("""
                        select id, display_name, coalesce(seated, false) seated, statement
                        from survey_hearing_registration where hearing_id = ? order by id::text""")
                .param(hearingId)
                .query((rs, n) -> new PublicRegistration(rs.getObject("id", UUID.class),
                        mask(rs.getString("display_name")), rs.getBoolean("seated"), rs.getString("statement")))
                .list();
    }

    /** The first character, then asterisks: 张三丰 → 张**. */
    static String mask(String name) {
        if (name == null || name.isEmpty()) {
            return "*";
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        Optional<Instant> recordAt = instant(rs, "record_published_at");
        String record = rs.getString("record");
        return new Stored(rs.getObject("id", UUID.class), rs.getString("department"), rs.getString("site"),
                rs.getString("subject"), rs.getString("announcement"), rs.getString("seed"),
                new HearingSchedule(rs.getTimestamp("registration_opens_at").toInstant(),
                        rs.getTimestamp("registration_closes_at").toInstant(), rs.getTimestamp("hearing_at").toInstant(),
                        rs.getInt("seats")),
                instant(rs, "drawn_at"),
                recordAt.flatMap(at -> Optional.ofNullable(record).map(text -> new HearingRecord(text, at))));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return Optional.ofNullable(t).map(Timestamp::toInstant);
    }

    private static OffsetDateTime odt(Instant t) {
        return t.atZone(SurveyApplication.ZONE).toOffsetDateTime();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

}
