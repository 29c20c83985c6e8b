package org.citizenhub.survey.drafts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.DeadlineRule;
import org.citizenhub.calendar.WorkingDays;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.calendar.spring.HubCalendar;
import org.citizenhub.casework.deadlines.CaseDeadlines;
import org.citizenhub.casework.deadlines.CaseRef;
import org.citizenhub.casework.tracking.TrackingNumber;
import org.citizenhub.casework.tracking.TrackingNumbers;
import org.citizenhub.privacy.PersonalDataMasker;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.survey.drafts.domain.Draft;
import org.citizenhub.survey.drafts.domain.DraftRefused;
import org.citizenhub.survey.drafts.domain.DraftRule;
import org.citizenhub.survey.drafts.domain.Feedback;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.DepartmentScope;
import org.citizenhub.web.security.HubRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** 意见征集's use cases: drafts, comments and their moderation (先审后发), closing, and the adoption feedback. */
@Service
public class DraftHandling {

    static final String FEEDBACK_CLOCK = "feedback";
    static final String RULE_CODE = "survey-draft-feedback";

    record Stored(UUID id, Draft draft, boolean closedAnnounced, Feedback feedback, CaseDeadlines deadlines) {
    }

    record Comment(UUID id, String article, String text, String status, String maskedText, String rejectReason,
                   Instant submittedAt) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final HubCalendar calendar;
    private final HubSites sites;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final DraftsProperties properties;
    private final TrackingNumbers numbers;
    private final PersonalDataMasker masker = PersonalDataMasker.standard();

    DraftHandling(JdbcClient jdbc, JsonMapper json, Clock clock, HubCalendar calendar, HubSites sites,
                  AuditLog audit, ApplicationEventPublisher events, DraftsProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.calendar = calendar;
        this.sites = sites;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.numbers = TrackingNumbers.fromSequence(jdbc, "ZJ", "survey_draft_serial", clock);
    }

    // --- drafts -----------------------------------------------------------------------------------------------------

    /** A handler puts up a draft of their own department; the feedback clock runs from its closing. */
    @Transactional
    public Stored create(CurrentUser staff, String title, Instant opensAt, Instant closesAt,
                         List<Draft.Chapter> chapters) {
        String department = staff.departmentCode().orElseThrow(() -> refused(DraftRule.NOT_PERMITTED));
        String site = sites.siteOf(department).orElse(null);
        String number = numbers.next().value();
        Draft draft = guarded(() -> new Draft(number, title, department, site, opensAt, closesAt, chapters));
        WorkingTime time = calendar.workingTime();
        var deadlines = CaseDeadlines.none().start(FEEDBACK_CLOCK,
                DeadlineClock.start(rule(), closesAt, "system", time));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into survey_draft (id, number, title, department, site, opens_at, closes_at, chapters,
                                          created_by, created_at, deadlines, next_announcement_at)
                values (:id, :number, :title, :department, :site, :opens, :closes, cast(:chapters as jsonb),
                        :by, :now, cast(:deadlines as jsonb), :next)
                """).param("id", id).param("number", number).param("title", title)
                .param("department", department).param("site", site).param("opens", ts(opensAt))
                .param("closes", ts(closesAt)).param("chapters", json.writeValueAsString(chapters))
                .param("by", staff.subject()).param("now", ts(clock.instant()))
                .param("deadlines", deadlines.toJson())
                .param("next", ts(nextAnnouncement(closesAt, deadlines, false, time))).update();
        audit.record(actor(staff), "survey-draft-created", "survey-draft", number, Map.of("title", title));
        events.publishEvent(DraftEvents.Opened.of(number, title, department, site,
                chapters.stream().mapToInt(c -> c.articles().size()).sum(), opensAt, closesAt, clock));
        return new Stored(id, draft, false, null, deadlines);
    }

    public Stored find(String number) {
        return jdbc.sql("select * from survey_draft where number = :n").param("n", number)
                .query((rs, row) -> new Stored(rs.getObject("id", UUID.class),
                        new Draft(rs.getString("number"), rs.getString("title"), rs.getString("department"),
                                rs.getString("site"), rs.getTimestamp("opens_at").toInstant(),
                                rs.getTimestamp("closes_at").toInstant(),
                                json.readValue(rs.getString("chapters"), new TypeReference<List<Draft.Chapter>>() {
                                })),
                        rs.getBoolean("closed_announced"),
                        rs.getString("feedback") == null ? null
                                : json.readValue(rs.getString("feedback"), Feedback.class),
                        CaseDeadlines.fromJson(rs.getString("deadlines"))))
                .optional().orElseThrow(() -> new HubProblem(DraftProblem.DRAFT_NOT_FOUND, number));
    }

    /** The drafts of the departments a public site shows, newest first. */
    public List<Stored> list(Set<String> departments) {
        return jdbc.sql("select number from survey_draft where department in (:d) order by created_at desc limit 200")
                .param("d", departments.isEmpty() ? Set.of("-") : departments).query(String.class).list()
                .stream().map(this::find).toList();
    }

    // --- comments ---------------------------------------------------------------------------------------------------

    @Transactional
    public UUID comment(CurrentUser citizen, String number, String article, String text) {
        Stored s = find(number);
        guarded(() -> {
            s.draft().requireCommentable(article, clock.instant());
            return null;
        });
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into survey_draft_comment (id, draft_id, article, text, author, status, submitted_at)
                values (:id, :draft, :article, :text, :author, 'SUBMITTED', :now)
                """).param("id", id).param("draft", s.id()).param("article", article).param("text", text)
                .param("author", citizen.subject()).param("now", ts(clock.instant())).update();
        return id;
    }

    /** The moderators' queue (or any status) of one draft; the author is never shown. */
    public List<Comment> comments(CurrentUser staff, String number, String status) {
        Stored s = find(number);
        requireStaff(staff, s.draft());
        return jdbc.sql("""
                select * from survey_draft_comment where draft_id = :d and (cast(:s as text) is null or status = :s)
                 order by submitted_at
                """).param("d", s.id()).param("s", status).query((rs, row) -> comment(rs)).list();
    }

    /** Approved comments of a draft, as published: masked texts only. */
    public List<Comment> published(UUID draftId) {
        return jdbc.sql("""
                select * from survey_draft_comment where draft_id = :d and status = 'APPROVED' order by submitted_at
                """).param("d", draftId).query((rs, row) -> comment(rs)).list().stream()
                .map(c -> new Comment(c.id(), c.article(), null, c.status(), c.maskedText(), null, c.submittedAt()))
                .toList();
    }

    /** 先审后发: approving publishes the text with personal data masked (as the mailbox does). */
    @Transactional
    public Comment moderate(CurrentUser staff, UUID commentId, boolean approve, String reason) {
        var row = jdbc.sql("""
                select c.status, c.text, d.number from survey_draft_comment c join survey_draft d on d.id = c.draft_id
                 where c.id = :id for update of c
                """).param("id", commentId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2),
                rs.getString(3)}).optional().orElseThrow(() -> new HubProblem(DraftProblem.COMMENT_NOT_FOUND,
                commentId));
        Stored s = find(row[2]);
        requireStaff(staff, s.draft());
        if (!"SUBMITTED".equals(row[0])) {
            throw refused(DraftRule.ALREADY_MODERATED, commentId);
        }
        String masked = approve ? masker.maskText(row[1], null) : null;
        jdbc.sql("""
                update survey_draft_comment set status = :status, masked_text = :masked, reject_reason = :reason,
                       moderated_at = :now, moderated_by = :by where id = :id
                """).param("status", approve ? "APPROVED" : "REJECTED").param("masked", masked)
                .param("reason", approve ? null : reason).param("now", ts(clock.instant()))
                .param("by", staff.subject()).param("id", commentId).update();
        audit.record(actor(staff), approve ? "survey-draft-comment-approved" : "survey-draft-comment-rejected",
                "survey-draft-comment", commentId.toString(),
                approve ? Map.of("draft", row[2]) : Map.of("draft", row[2], "reason", reason == null ? "" : reason));
        return jdbc.sql("select * from survey_draft_comment where id = :id").param("id", commentId)
                .query((rs, n) -> comment(rs)).single();
    }

    // --- feedback ---------------------------------------------------------------------------------------------------

    @Transactional
    public Feedback publishFeedback(CurrentUser staff, String number, List<Feedback.Group> groups) {
        Stored s = find(number);
        requireStaff(staff, s.draft());
        Instant now = clock.instant();
        Set<UUID> approved = new HashSet<>(published(s.id()).stream().map(Comment::id).toList());
        Feedback feedback = guarded(() -> Feedback.publish(s.draft(), s.feedback() != null, received(s.id()),
                groups, approved, now));
        WorkingTime time = calendar.workingTime();
        boolean late = s.deadlines().get(FEEDBACK_CLOCK).map(d -> now.isAfter(d.clock().dueAt())).orElse(false);
        var deadlines = s.deadlines().update(FEEDBACK_CLOCK, c -> c.stop(now, staff.subject(), time));
        jdbc.sql("""
                update survey_draft set feedback = cast(:f as jsonb), feedback_published_at = :now,
                       deadlines = cast(:deadlines as jsonb), next_announcement_at = :next where id = :id
                """).param("f", json.writeValueAsString(feedback)).param("now", ts(now))
                .param("deadlines", deadlines.toJson())
                .param("next", ts(nextAnnouncement(s.draft().closesAt(), deadlines, s.closedAnnounced(), time)))
                .param("id", s.id()).update();
        audit.record(actor(staff), "survey-draft-feedback-published", "survey-draft", number,
                Map.of("groups", groups.size()));
        events.publishEvent(DraftEvents.FeedbackPublished.of(number, s.draft().department(), s.draft().site(),
                feedback.received(), groups.stream().map(g -> g.outcome().name()).toList(), now, late, clock));
        return feedback;
    }

    int received(UUID draftId) {
        return jdbc.sql("select count(*) from survey_draft_comment where draft_id = :d").param("d", draftId)
                .query(Integer.class).single();
    }

    // --- DeadlineWatch ----------------------------------------------------------------------------------------------

    List<UUID> dueAnnouncements(Instant now, int limit) {
        return jdbc.sql("""
                select id from survey_draft where next_announcement_at <= :now
                 order by next_announcement_at limit :limit
                """).param("now", ts(now)).param("limit", limit).query(UUID.class).list();
    }

    @Transactional
    int announce(UUID id, Instant now) {
        String number = jdbc.sql("select number from survey_draft where id = :id for update").param("id", id)
                .query(String.class).optional().orElse(null);
        if (number == null) {
            return 0;
        }
        Stored s = find(number);
        Draft d = s.draft();
        WorkingTime time = calendar.workingTime();
        int made = 0;
        boolean closed = s.closedAnnounced();
        if (!closed && d.isClosed(now)) {
            events.publishEvent(DraftEvents.Closed.of(number, d.department(), d.site(), received(id), d.closesAt(),
                    s.deadlines().get(FEEDBACK_CLOCK).map(c -> c.clock().dueAt()).orElse(null), clock));
            closed = true;
            made++;
        }
        var ref = new CaseRef("survey", "draft-feedback", id.toString(), new TrackingNumber(number),
                d.department()).withSites(d.site(), d.site());
        var announced = s.deadlines().announce(ref, now, time, clock);
        announced.events().forEach(events::publishEvent);
        made += announced.events().size();
        jdbc.sql("""
                update survey_draft set closed_announced = :closed, deadlines = cast(:deadlines as jsonb),
                       next_announcement_at = :next where id = :id
                """).param("closed", closed).param("deadlines", announced.deadlines().toJson())
                .param("next", ts(nextAnnouncement(d.closesAt(), announced.deadlines(), closed, time)))
                .param("id", id).update();
        return made;
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /** Closing comes first; afterwards the feedback clock's own next announcement. */
    private static Instant nextAnnouncement(Instant closesAt, CaseDeadlines deadlines, boolean closedAnnounced,
                                            WorkingTime time) {
        return closedAnnounced ? deadlines.nextAnnouncementAt(time).orElse(null) : closesAt;
    }

    /** Staff of the owning department, or a reviewer / supervisor whose scope covers it. */
    private void requireStaff(CurrentUser user, Draft draft) {
        boolean owner = user.hasRole(HubRoles.HANDLER) && draft.department().equals(user.department());
        boolean reviewer = user.hasAnyRole(HubRoles.REVIEWER, HubRoles.SUPERVISOR)
                && DepartmentScope.of(user, Set.of(HubRoles.SUPERVISOR, HubRoles.REVIEWER), sites)
                .canSee(draft.department());
        if (!owner && !reviewer) {
            throw refused(DraftRule.NOT_PERMITTED, draft.number());
        }
    }

    private DeadlineRule<WorkingDays> rule() {
        return DeadlineRule.of(RULE_CODE, WorkingDays.of(properties.feedbackWorkingDays()),
                WorkingDays.of(properties.feedbackDueSoonWorkingDays()));
    }

    private static <T> T guarded(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (DraftRefused r) {
            throw DraftProblem.of(r);
        }
    }

    private static HubProblem refused(DraftRule rule, Object... args) {
        return DraftProblem.of(new DraftRefused(rule, args));
    }

    private static AuditActor actor(CurrentUser user) {
        return new AuditActor(user.subject(), user.username());
    }

    private static Comment comment(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Comment(rs.getObject("id", UUID.class), rs.getString("article"), rs.getString("text"),
                rs.getString("status"), rs.getString("masked_text"), rs.getString("reject_reason"),
                rs.getTimestamp("submitted_at").toInstant());
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
