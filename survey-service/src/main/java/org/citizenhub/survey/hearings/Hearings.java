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
import org.citizenhub.survey.hearings.domain.Lottery;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hearings: announced by a site's administrator, registered for by citizens (once per identity), seated by the
 * reproducible {@link Lottery} with the seed announced with the hearing, statements in advance, the record after.
 */
@Service
public class Hearings {

    private static final SecureRandom RANDOM = new SecureRandom();

    public record HearingDetails(String department, String subject, String announcement, Instant registrationOpensAt,
                                 Instant registrationClosesAt, Instant hearingAt, int seats) {
    }

    /** A hearing as everyone sees it; {@code seed} is public from the announcement on. */
    public record Hearing(UUID id, String department, String site, String subject, String announcement,
                          OffsetDateTime registrationOpensAt, OffsetDateTime registrationClosesAt,
                          OffsetDateTime hearingAt, int seats, String seed, OffsetDateTime drawnAt, String record,
                          OffsetDateTime recordPublishedAt) {
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
        if (!d.registrationOpensAt().isBefore(d.registrationClosesAt())
                || d.hearingAt().isBefore(d.registrationClosesAt()) || d.seats() < 1) {
            throw new HubProblem(HearingProblem.INVALID_HEARING_SCHEDULE);
        }
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
        return jdbc.sql("select * from survey_hearing where id = ?").param(id).query(Hearings::hearing).optional();
    }

    public List<Hearing> ofSites(java.util.Set<String> siteCodes) {
        if (siteCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from survey_hearing where site in (:sites) order by hearing_at desc")
                .param("sites", siteCodes).query(Hearings::hearing).list();
    }

    /** Once per identity: the unique constraint decides when two requests race. */
    @Transactional
    public MyRegistration register(UUID hearingId, String subject, String displayName, String interest) {
        Hearing h = find(hearingId).orElseThrow(() -> new HubProblem(HearingProblem.HEARING_NOT_FOUND, hearingId));
        Instant now = clock.instant();
        if (now.isBefore(h.registrationOpensAt().toInstant()) || !now.isBefore(h.registrationClosesAt().toInstant())) {
            throw new HubProblem(HearingProblem.REGISTRATION_NOT_OPEN, local(h.registrationOpensAt()),
                    local(h.registrationClosesAt()));
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into survey_hearing_registration (id, hearing_id, subject, display_name, interest,
                            registered_at) values (?, ?, ?, ?, ?, ?)
                        on conflict (hearing_id, subject) do nothing""")
                .params(id, hearingId, subject, displayName, interest, ts(now)).update();
        if (inserted == 0) {
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
        Hearing h = find(hearingId).orElseThrow(() -> new HubProblem(HearingProblem.HEARING_NOT_FOUND, hearingId));
        if (clock.instant().isBefore(h.registrationClosesAt().toInstant())) {
            throw new HubProblem(HearingProblem.REGISTRATION_STILL_OPEN, local(h.registrationClosesAt()));
        }
        int claimed = jdbc.sql("update survey_hearing set drawn_at = ? where id = ? and drawn_at is null")
                .params(ts(clock.instant()), hearingId).update();
        if (claimed == 0) {
            throw new HubProblem(HearingProblem.SEATS_ALREADY_DRAWN);
        }
        List<UUID> registered = jdbc.sql("select id from survey_hearing_registration where hearing_id = ?")
                .param(hearingId).query(UUID.class).list();
        List<UUID> seated = Lottery.draw(h.seed(), registered, h.seats());
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
        Hearing h = find(hearingId).orElseThrow(() -> new HubProblem(HearingProblem.HEARING_NOT_FOUND, hearingId));
        int updated = clock.instant().isBefore(h.hearingAt().toInstant()) ? jdbc.sql("""
                        update survey_hearing_registration set statement = ?, statement_at = ?
                        where hearing_id = ? and subject = ? and seated""")
                .params(statement, ts(clock.instant()), hearingId, subject).update() : 0;
        if (updated == 0) {
            throw new HubProblem(HearingProblem.STATEMENT_NOT_ACCEPTED);
        }
    }

    @Transactional
    public Hearing publishRecord(UUID hearingId, String record, AuditActor admin) {
        Hearing h = find(hearingId).orElseThrow(() -> new HubProblem(HearingProblem.HEARING_NOT_FOUND, hearingId));
        if (clock.instant().isBefore(h.hearingAt().toInstant())) {
            throw new HubProblem(HearingProblem.HEARING_NOT_HELD_YET, local(h.hearingAt()));
        }
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

    private static Hearing hearing(ResultSet rs, int n) throws SQLException {
        return new Hearing(rs.getObject("id", UUID.class), rs.getString("department"), rs.getString("site"),
                rs.getString("subject"), rs.getString("announcement"), odt(rs, "registration_opens_at"),
                odt(rs, "registration_closes_at"), odt(rs, "hearing_at"), rs.getInt("seats"), rs.getString("seed"),
                odt(rs, "drawn_at"), rs.getString("record"), odt(rs, "record_published_at"));
    }

    private static OffsetDateTime odt(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant().atZone(SurveyApplication.ZONE).toOffsetDateTime();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    private static String local(OffsetDateTime t) {
        return t.toLocalDateTime().toString().replace('T', ' ');
    }
}
