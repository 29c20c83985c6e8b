package org.citizenhub.survey.interviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.privacy.PersonalDataMasker;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.survey.interviews.domain.Interview;
import org.citizenhub.survey.interviews.domain.InterviewRefused;
import org.citizenhub.survey.interviews.domain.InterviewRule;
import org.citizenhub.survey.interviews.domain.QuestionPolicy;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.DepartmentScope;
import org.citizenhub.web.security.HubRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Online interviews: scheduling, citizens' questions, moderation, answers, the event log the live stream reads, and
 * the transcript. Every back-office change is audit-logged. Public texts are masked (personal data a citizen wrote in
 * a question never reaches the stream or the transcript).
 */
@Service
public class InterviewHandling {

    private static final PersonalDataMasker MASKER = PersonalDataMasker.standard();

    /** A question as moderators see it (the author stays hidden: only its own count matters for the rate). */
    public record Question(UUID id, UUID interviewId, String text, String status, Instant askedAt, String reason) {
    }

    /** An approved question with its answers, as the public sees it. */
    public record PublicQuestion(UUID id, String text, Instant askedAt, List<Answer> answers) {
    }

    public record Answer(UUID id, UUID questionId, String department, String text, Instant answeredAt) {
    }

    private final JdbcClient jdbc;
    private final HubSites sites;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json;
    private final InterviewsProperties properties;
    private final QuestionPolicy questions;

    InterviewHandling(JdbcClient jdbc, HubSites sites, AuditLog audit, Clock clock, JsonMapper json,
                      InterviewsProperties properties) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
        this.properties = properties;
        this.questions = new QuestionPolicy(properties.maxQuestionLength(), properties.maxQuestionsPerCitizen());
    }

    // --- the session ---------------------------------------------------------------------------------------------

    /** Staff of a department announce an interview of their department; it belongs to the department's site. */
    @Transactional
    public Interview schedule(CurrentUser staff, String title, List<String> guests, Instant startsAt, Instant endsAt) {
        String department = staff.departmentCode()
                .filter(d -> staff.hasRole(HubRoles.HANDLER))
                .orElseThrow(() -> refused(InterviewRule.NOT_PERMITTED));
        var session = guarded(() -> Interview.Session.scheduled(department, sites.siteOf(department).orElse(null),
                title.strip(), guests, startsAt, endsAt, properties.longestSession()));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into survey_interview (id, department, site, title, guests, starts_at, ends_at, created_by,
                                              created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, department, session.site(), session.title(), json.writeValueAsString(session.guests()),
                        ts(startsAt), ts(endsAt), staff.subject(), ts(clock.instant()))
                .update();
        audit(staff, "survey-interview.scheduled", id.toString(), Map.of("department", department,
                "title", session.title()));
        return new Interview(id, session, null);
    }

    public Optional<Interview> find(UUID id) {
        return jdbc.sql("select * from survey_interview where id = ?").param(id).query(this::interview).optional();
    }

    /** The interview if the selected site lists it. */
    public Interview visible(UUID id, SiteSelection site) {
        return find(id).filter(i -> site.covers(i.session().department()))
                .orElseThrow(() -> new HubProblem(InterviewProblem.INTERVIEW_NOT_FOUND, id));
    }

    public List<Interview> listed(SiteSelection site) {
        return jdbc.sql("select * from survey_interview where department in (:departments) order by starts_at desc limit 200")
                .param("departments", site.departments().isEmpty() ? Set.of("-") : site.departments())
                .query(this::interview).list();
    }

    @Transactional
    public Interview publishTranscript(CurrentUser staff, UUID id) {
        Interview interview = staffOf(staff, id);
        var transcript = guarded(() -> interview.publish(clock.instant()));
        jdbc.sql("update survey_interview set transcript_published_at = ? where id = ?")
                .params(ts(transcript.publishedAt()), id).update();
        audit(staff, "survey-interview.transcript-published", id.toString(), Map.of());
        return new Interview(id, interview.session(), transcript);
    }

    // --- questions -----------------------------------------------------------------------------------------------

    @Transactional
    public Question ask(CurrentUser citizen, UUID interviewId, String text, SiteSelection site) {
        Interview interview = visible(interviewId, site);
        // the interview's row is locked so that two questions sent at once count against the limit one after another
        jdbc.sql("select id from survey_interview where id = ? for update").param(interviewId).query(UUID.class).single();
        int asked = jdbc.sql("select count(*) from survey_interview_question where interview_id = ? and author = ?")
                .params(interviewId, citizen.subject()).query(Integer.class).single();
        String accepted = guarded(() -> questions.accept(interview.session(), text, asked, clock.instant()));
        var q = new Question(UUID.randomUUID(), interviewId, accepted, "PENDING", clock.instant(), null);
        jdbc.sql("""
                insert into survey_interview_question (id, interview_id, author, text, status, asked_at)
                values (?, ?, ?, ?, 'PENDING', ?)""")
                .params(q.id(), interviewId, citizen.subject(), accepted, ts(q.askedAt())).update();
        return q;
    }

    public List<Question> questions(CurrentUser moderator, UUID interviewId, String status) {
        moderatorOf(moderator, interviewId);
        return jdbc.sql("""
                select * from survey_interview_question where interview_id = ? and (cast(? as varchar) is null or status = ?)
                order by asked_at, id""")
                .params(interviewId, status, status).query(this::question).list();
    }

    /** Moderation: an approved question goes out to everyone watching; a rejected one never does. */
    @Transactional
    public Question decide(CurrentUser moderator, UUID interviewId, UUID questionId, boolean approve, String reason) {
        moderatorOf(moderator, interviewId);
        Question q = question(interviewId, questionId, true);
        if (!q.status().equals("PENDING")) {
            throw refused(InterviewRule.QUESTION_ALREADY_DECIDED);
        }
        String status = approve ? "APPROVED" : "REJECTED";
        Instant now = clock.instant();
        jdbc.sql("update survey_interview_question set status = ?, decided_at = ?, decided_by = ?, reason = ? where id = ?")
                .params(status, ts(now), moderator.subject(), reason, questionId).update();
        audit(moderator, approve ? "survey-interview.question-approved" : "survey-interview.question-rejected",
                questionId.toString(), reason == null ? Map.of("interview", interviewId.toString())
                        : Map.of("interview", interviewId.toString(), "reason", reason));
        if (approve) {
            append(interviewId, "question", Map.of("id", questionId.toString(), "text", masked(q.text()),
                    "askedAt", q.askedAt()));
        }
        return new Question(q.id(), interviewId, q.text(), status, q.askedAt(), reason);
    }

    // --- answers -------------------------------------------------------------------------------------------------

    @Transactional
    public Answer answer(CurrentUser staff, UUID interviewId, UUID questionId, String text) {
        Interview interview = staffOf(staff, interviewId);
        Question q = question(interviewId, questionId, true);
        if (!q.status().equals("APPROVED")) {
            throw refused(InterviewRule.QUESTION_NOT_APPROVED);
        }
        var a = new Answer(UUID.randomUUID(), questionId, interview.session().department(), text.strip(),
                clock.instant());
        jdbc.sql("""
                insert into survey_interview_answer (id, question_id, department, text, answered_at, answered_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(a.id(), questionId, a.department(), a.text(), ts(a.answeredAt()), staff.subject()).update();
        audit(staff, "survey-interview.answered", a.id().toString(), Map.of("interview", interviewId.toString(),
                "question", questionId.toString()));
        append(interviewId, "answer", Map.of("id", a.id().toString(), "questionId", questionId.toString(),
                "department", a.department(), "text", a.text(), "answeredAt", a.answeredAt()));
        return a;
    }

    /** Approved questions (masked) with their answers, in the order they were asked. */
    public List<PublicQuestion> approvedWithAnswers(UUID interviewId) {
        var answers = jdbc.sql("""
                select a.* from survey_interview_answer a join survey_interview_question q on q.id = a.question_id
                where q.interview_id = ? order by a.answered_at, a.id""").param(interviewId)
                .query((rs, n) -> new Answer(rs.getObject("id", UUID.class), rs.getObject("question_id", UUID.class),
                        rs.getString("department"), rs.getString("text"),
                        rs.getTimestamp("answered_at").toInstant())).list();
        return jdbc.sql("""
                select * from survey_interview_question where interview_id = ? and status = 'APPROVED'
                order by asked_at, id""").param(interviewId).query(this::question).list().stream()
                .map(q -> new PublicQuestion(q.id(), masked(q.text()), q.askedAt(),
                        answers.stream().filter(a -> a.questionId().equals(q.id())).toList()))
                .toList();
    }

    // --- the live stream's log -----------------------------------------------------------------------------------

    /** One line of the stream: {@code seq} is its SSE id. */
    public record StreamEvent(long seq, UUID interviewId, String kind, String payload) {
    }

    // instants stay Instants in the payload: the application's mapper writes them as Asia/Shanghai (…+08:00), the
    // same form as every JSON answer of the service (a String from toString() would stream UTC …Z)
    private void append(UUID interviewId, String kind, Map<String, Object> payload) {
        // serialises the interview's appends until commit: a watcher that has read seq n never misses a lower one
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(interviewId.toString()).query().singleRow();
        jdbc.sql("insert into survey_interview_event (interview_id, kind, payload, created_at) values (?, ?, ?, ?)")
                .params(interviewId, kind, json.writeValueAsString(payload), ts(clock.instant())).update();
    }

    /** Events of an interview after {@code afterSeq}, oldest first. */
    public List<StreamEvent> eventsAfter(UUID interviewId, long afterSeq, int limit) {
        return jdbc.sql("""
                select seq, interview_id, kind, payload from survey_interview_event
                where interview_id = ? and seq > ? order by seq limit ?""")
                .params(interviewId, afterSeq, limit)
                .query((rs, n) -> new StreamEvent(rs.getLong("seq"), rs.getObject("interview_id", UUID.class),
                        rs.getString("kind"), rs.getString("payload"))).list();
    }

    // --- who may -------------------------------------------------------------------------------------------------

    private Interview staffOf(CurrentUser staff, UUID id) {
        Interview interview = find(id).orElseThrow(() -> new HubProblem(InterviewProblem.INTERVIEW_NOT_FOUND, id));
        if (!staff.hasRole(HubRoles.HANDLER)
                || !staff.departmentCode().map(d -> d.equals(interview.session().department())).orElse(false)) {
            throw refused(InterviewRule.NOT_PERMITTED);
        }
        return interview;
    }

    /** Moderators: staff of the department, or a reviewer (or admin) whose scope covers the department. */
    private Interview moderatorOf(CurrentUser user, UUID id) {
        Interview interview = find(id).orElseThrow(() -> new HubProblem(InterviewProblem.INTERVIEW_NOT_FOUND, id));
        String department = interview.session().department();
        boolean ownStaff = user.hasRole(HubRoles.HANDLER)
                && user.departmentCode().map(department::equals).orElse(false);
        boolean reviewer = user.hasAnyRole(HubRoles.REVIEWER, HubRoles.ADMIN)
                && DepartmentScope.of(user, Set.of(HubRoles.REVIEWER, HubRoles.ADMIN), sites).canSee(department);
        if (!ownStaff && !reviewer) {
            throw refused(InterviewRule.NOT_PERMITTED);
        }
        return interview;
    }

    private Question question(UUID interviewId, UUID questionId, boolean forUpdate) {
        return jdbc.sql("select * from survey_interview_question where id = ? and interview_id = ?"
                        + (forUpdate ? " for update" : ""))
                .params(questionId, interviewId).query(this::question).optional()
                .orElseThrow(() -> new HubProblem(InterviewProblem.INTERVIEW_QUESTION_NOT_FOUND, questionId));
    }

    // --- plumbing ------------------------------------------------------------------------------------------------

    static String masked(String text) {
        return MASKER.maskText(text, List.of());
    }

    private void audit(CurrentUser user, String action, String targetId, Map<String, Object> details) {
        audit.record(new AuditActor(user.subject(), user.username()), action, "survey-interview", targetId, details);
    }

    private static HubProblem refused(InterviewRule rule, Object... args) {
        return InterviewProblem.of(new InterviewRefused(rule, args));
    }

    private static <T> T guarded(java.util.function.Supplier<T> policy) {
        try {
            return policy.get();
        } catch (InterviewRefused e) {
            throw InterviewProblem.of(e);
        }
    }

    private Interview interview(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp("transcript_published_at");
        String[] guests = json.readValue(rs.getString("guests"), String[].class);
        return new Interview(rs.getObject("id", UUID.class), new Interview.Session(rs.getString("department"),
                rs.getString("site"), rs.getString("title"), Arrays.asList(guests),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant()),
                published == null ? null : new Interview.Transcript(published.toInstant()));
    }

    private Question question(ResultSet rs, int n) throws SQLException {
        return new Question(rs.getObject("id", UUID.class), rs.getObject("interview_id", UUID.class),
                rs.getString("text"), rs.getString("status"), rs.getTimestamp("asked_at").toInstant(),
                rs.getString("reason"));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
