package org.citizenhub.survey.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.casework.attachments.AttachmentSubject;
import org.citizenhub.casework.attachments.Attachments;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.survey.SurveyApplication;
import org.citizenhub.survey.surveys.questionnaire.Answer;
import org.citizenhub.survey.surveys.questionnaire.AnswerViolation;
import org.citizenhub.survey.surveys.questionnaire.Answers;
import org.citizenhub.survey.surveys.questionnaire.Question;
import org.citizenhub.survey.surveys.questionnaire.Questionnaire;
import org.citizenhub.survey.surveys.questionnaire.QuestionnaireDefect;
import org.citizenhub.survey.surveys.responses.AnswerMode;
import org.citizenhub.survey.surveys.responses.ParticipantHash;
import org.citizenhub.survey.surveys.responses.Quota;
import org.citizenhub.survey.surveys.responses.QuotaOutcome;
import org.citizenhub.survey.surveys.responses.Quotas;
import org.citizenhub.survey.surveys.responses.ResponseStore;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.DepartmentScope;
import org.citizenhub.web.security.HubRoles;
import org.citizenhub.web.security.SiteAdministration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The surveys' use cases: staff create, version, schedule, close and set quotas and invitations (every change
 * audit-logged); citizens answer in the survey's mode. The policies live in {@link Survey} and the questionnaire.
 */
@Service
public class Surveys {

    /** A questionnaire version as staff see it. */
    public record Version(int version, Questionnaire questionnaire, Instant createdAt, Instant publishedAt) {
    }

    /** A survey with its status and the newest published version (if any). */
    public record Listed(Survey survey, Survey.Status status, Integer publishedVersion) {
    }

    public record StaffView(Survey survey, Survey.Status status, List<Version> versions, long responses,
                            long pooledAnonymous, long warnedResponses, Integer accepted, List<Quota> quotas,
                            ResponseStore.InvitationCount invitations) {
    }

    public record PublicView(Survey survey, Survey.Status status, int version, Questionnaire questionnaire) {
    }

    public record Details(String ownerDepartment, String title, String description, AnswerMode mode,
                          Integer maxResponses) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final HubSites sites;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final SurveysProperties properties;
    private final ResponseStore store;
    private final Quotas quotas;
    private final Attachments attachments;
    private final PublishedQuestionnaires published;

    Surveys(JdbcClient jdbc, JsonMapper json, Clock clock, HubSites sites, AuditLog audit,
            ApplicationEventPublisher events, SurveysProperties properties, ResponseStore store, Quotas quotas,
            Attachments attachments) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.sites = sites;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.store = store;
        this.quotas = quotas;
        this.attachments = attachments;
        this.published = new PublishedQuestionnaires(properties.questionnaireCache());
    }

    // --- staff --------------------------------------------------------------------------------------------------------

    /** Staff create a survey of their department (admin / site-admin: of any department they administer). */
    @Transactional
    public Survey create(CurrentUser staff, Details d, Questionnaire questionnaire) {
        String department = d.ownerDepartment() != null ? d.ownerDepartment() : staff.department();
        String site = department == null ? null : sites.siteOf(department).orElse(null);
        if (site == null || d.mode() == null || (d.maxResponses() != null && d.maxResponses() < 1)) {
            throw SurveyProblem.refused(SurveyRule.INVALID_SURVEY);
        }
        Survey survey = new Survey(UUID.randomUUID(), site, department, d.title(), d.description(), d.mode(),
                d.maxResponses(), new Survey.Drafting());
        requireEditor(staff, survey);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into survey (id, site, owner_department, title, description, mode, max_responses, created_by,
                                    created_at)
                values (:id, :site, :dept, :title, :description, :mode, :max, :by, :now)
                """).param("id", survey.id()).param("site", site).param("dept", department).param("title", d.title())
                .param("description", d.description()).param("mode", d.mode().name()).param("max", d.maxResponses())
                .param("by", staff.subject()).param("now", Timestamp.from(now)).update();
        if (questionnaire != null) {
            saveDraft(survey, questionnaire, now);
        }
        audit.record(actor(staff), "survey-created", "survey", survey.id().toString(),
                Map.of("title", d.title(), "department", department, "mode", d.mode().name()));
        return survey;
    }

    /** Saves the draft version (a new one after the newest published version if there is none). */
    @Transactional
    public Version editDraft(CurrentUser staff, UUID id, Questionnaire questionnaire) {
        Survey survey = lock(id);
        requireEditor(staff, survey);
        guard(() -> survey.requireNotClosed(clock.instant()));
        Version saved = saveDraft(survey, questionnaire, clock.instant());
        audit.record(actor(staff), "survey-draft-edited", "survey", id.toString(),
                Map.of("version", saved.version(), "questions", questionnaire.questions().size()));
        return saved;
    }

    /** Publishes the draft version: from now on citizens answer it, and it never changes again. */
    @Transactional
    public Version publish(CurrentUser staff, UUID id) {
        Survey survey = lock(id);
        requireEditor(staff, survey);
        Instant now = clock.instant();
        guard(() -> survey.requireNotClosed(now));
        Version draft = versions(id).stream().filter(v -> v.publishedAt() == null).findFirst()
                .orElseThrow(() -> SurveyProblem.refused(SurveyRule.NO_DRAFT_VERSION, id));
        jdbc.sql("update survey_version set published_at = :now where survey_id = :id and version = :v")
                .param("now", Timestamp.from(now)).param("id", id).param("v", draft.version()).update();
        audit.record(actor(staff), "survey-version-published", "survey", id.toString(),
                Map.of("version", draft.version()));
        return new Version(draft.version(), draft.questionnaire(), draft.createdAt(), now);
    }

    @Transactional
    public Survey schedule(CurrentUser staff, UUID id, Instant opensAt, Instant closesAt) {
        Survey survey = lock(id);
        requireEditor(staff, survey);
        boolean published = currentVersion(id).isPresent();
        Survey scheduled = guard(() -> survey.schedule(opensAt, closesAt, published, clock.instant()));
        jdbc.sql("update survey set opens_at = :o, closes_at = :c where id = :id").param("o", Timestamp.from(opensAt))
                .param("c", Timestamp.from(closesAt)).param("id", id).update();
        audit.record(actor(staff), "survey-scheduled", "survey", id.toString(),
                Map.of("opensAt", opensAt.toString(), "closesAt", closesAt.toString()));
        return scheduled;
    }

    /** The owner closes the survey before its time; the closing is announced at once. */
    @Transactional
    public Survey closeEarly(CurrentUser staff, UUID id) {
        Survey survey = lock(id);
        requireEditor(staff, survey);
        Survey closed = close(survey, clock.instant(), true);
        audit.record(actor(staff), "survey-closed-early", "survey", id.toString(), Map.of());
        return closed;
    }

    /** Replaces the quotas, before opening; each condition is checked against the newest version. */
    @Transactional
    public List<Quota> setQuotas(CurrentUser staff, UUID id, List<Quota> wanted) {
        Survey survey = lock(id);
        requireEditor(staff, survey);
        guard(() -> survey.requireNotOpened(clock.instant()));
        Questionnaire newest = versions(id).stream().reduce((a, b) -> b).map(Version::questionnaire)
                .orElse(new Questionnaire(List.of()));
        List<SurveyProblem.Rejected.Error> errors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            Quota q = wanted.get(i);
            String path = "/quotas/" + i;
            if (q.key() == null || !Questionnaire.KEY.matcher(q.key()).matches() || !keys.add(q.key())) {
                errors.add(error(path + "/key", null, QuestionnaireDefect.Code.INVALID_KEY.slug(),
                        List.of(String.valueOf(q.key()))));
            }
            if (q.condition() == null) {
                errors.add(error(path + "/condition", null, "survey-answer-required", List.of()));
                continue;
            }
            newest.conditionDefects(q.condition(), path + "/condition").forEach(d ->
                    errors.add(error(d.path(), null, d.code().slug(), d.args())));
        }
        if (!errors.isEmpty()) {
            throw new SurveyProblem.Rejected(SurveyProblem.INVALID_QUESTIONNAIRE, errors);
        }
        quotas.replace(id, wanted);
        audit.record(actor(staff), "survey-quotas-set", "survey", id.toString(),
                Map.of("quotas", wanted.stream().map(Quota::key).toList()));
        return quotas.of(id);
    }

    /** Issues invitation tokens, shown this once; only their hashes are kept. */
    @Transactional
    public List<String> invite(CurrentUser staff, UUID id, int count) {
        Survey survey = lock(id);
        requireEditor(staff, survey);
        guard(() -> {
            survey.requireMode(AnswerMode.INVITATION);
            survey.requireNotClosed(clock.instant());
        });
        if (count < 1 || count > properties.maxInvitations()) {
            throw SurveyProblem.refused(SurveyRule.INVALID_SURVEY);
        }
        List<String> tokens = store.issueInvitations(id, count, staff.subject(), clock.instant());
        audit.record(actor(staff), "survey-invitations-issued", "survey", id.toString(), Map.of("count", count));
        return tokens;
    }

    /** What staff see of one survey: versions, counts (pooled anonymous answers included), quotas, invitations. */
    public StaffView staffView(CurrentUser staff, UUID id) {
        Survey survey = find(id).orElseThrow(() -> new HubProblem(SurveyProblem.NOT_FOUND, id));
        requireReader(staff, survey);
        var counts = store.counts(id);
        Integer accepted = survey.maxResponses() == null ? null
                : jdbc.sql("select accepted from survey where id = :id").param("id", id).query(Integer.class).single();
        return new StaffView(survey, survey.status(clock.instant()), versions(id), counts.total(), counts.pooled(),
                counts.warned(), accepted, quotas.of(id), store.invitations(id));
    }

    /** The surveys the staff member may see: own department, supervised scope, administered site; newest first. */
    public List<Listed> staffList(CurrentUser staff) {
        boolean all = staff.hasRole(HubRoles.ADMIN)
                || (staff.hasRole(HubRoles.SUPERVISOR) && DepartmentScope.of(staff, Set.of(HubRoles.SUPERVISOR),
                sites).unrestricted());
        Set<String> departments = new LinkedHashSet<>();
        Set<String> administered = new LinkedHashSet<>();
        if (staff.hasAnyRole(HubRoles.HANDLER, HubRoles.REVIEWER) && staff.department() != null) {
            departments.add(staff.department());
        }
        if (staff.hasRole(HubRoles.SUPERVISOR)) {
            departments.addAll(DepartmentScope.of(staff, Set.of(HubRoles.SUPERVISOR), sites).departments());
        }
        if (SiteAdministration.isSiteAdministrator(staff)) {
            staff.siteCode().ifPresent(administered::add);
        }
        if (!all && departments.isEmpty() && administered.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from survey
                 where :all or owner_department in (:depts) or site in (:sites)
                 order by created_at desc limit 500
                """).param("all", all).param("depts", departments.isEmpty() ? Set.of("-") : departments)
                .param("sites", administered.isEmpty() ? Set.of("-") : administered)
                .query((rs, n) -> survey(rs)).list().stream().map(this::listed).toList();
    }

    // --- public -------------------------------------------------------------------------------------------------------

    /** Published surveys of the selected sites (scheduled, open and closed), newest opening first. */
    public List<Listed> publicList(Set<String> siteCodes) {
        return jdbc.sql("""
                select * from survey where site in (:sites) and opens_at is not null order by opens_at desc limit 200
                """).param("sites", siteCodes.isEmpty() ? Set.of("-") : siteCodes).query((rs, n) -> survey(rs))
                .list().stream().map(this::listed).toList();
    }

    public Optional<PublicView> publicView(UUID id) {
        return find(id).filter(s -> s.opensAt() != null).flatMap(s -> currentVersion(id)
                .map(v -> new PublicView(s, s.status(clock.instant()), v.version(), v.questionnaire())));
    }

    // --- answers --------------------------------------------------------------------------------------------------------

    /** A signed-in citizen answers a real-name or anonymous survey, once. */
    @Transactional
    public Optional<UUID> answer(CurrentUser citizen, UUID id, Answers answers) {
        Survey survey = find(id).orElseThrow(() -> new HubProblem(SurveyProblem.NOT_FOUND, id));
        Instant now = clock.instant();
        guard(() -> survey.requireOpen(now));
        if (survey.mode() == AnswerMode.INVITATION) {
            throw SurveyProblem.refused(SurveyRule.WRONG_ANSWER_MODE, id, survey.mode().name());
        }
        Version version = validated(survey, answers);
        if (survey.mode() == AnswerMode.REAL_NAME) {
            // counted first: a second submission of the same citizen rolls its counting back with the conflict
            List<String> warned = counted(survey, answers, null);
            UUID responseId = store.insertRealName(id, version.version(), answers, citizen.subject(), now, today(),
                            warned)
                    .orElseThrow(() -> SurveyProblem.refused(SurveyRule.ALREADY_ANSWERED, id));
            claimFiles(citizen, responseId, answers, null);
            return Optional.of(responseId);
        }
        // anonymous: participation and pooled answer in one transaction; the mixer separates them later
        if (!store.participate(id, ParticipantHash.of(properties.participationKey(), id, citizen.subject()))) {
            throw SurveyProblem.refused(SurveyRule.ALREADY_ANSWERED, id);
        }
        store.pool(id, version.version(), answers, today(), counted(survey, answers, null));
        return Optional.empty();
    }

    /** An invitation token answers once; the token is the credential. */
    @Transactional
    public UUID answerInvited(UUID id, String token, Answers answers) {
        Survey survey = find(id).orElseThrow(() -> new HubProblem(SurveyProblem.NOT_FOUND, id));
        guard(() -> {
            survey.requireOpen(clock.instant());
            survey.requireMode(AnswerMode.INVITATION);
        });
        if (token == null || token.isBlank() || !store.spendInvitation(id, token, today())) {
            throw SurveyProblem.refused(SurveyRule.INVITATION_INVALID);
        }
        Version version = validated(survey, answers);
        return store.insertInvited(id, version.version(), answers, today(), counted(survey, answers, null));
    }

    public ResponseStore.OwnResponse mine(CurrentUser citizen, UUID id) {
        Survey survey = find(id).orElseThrow(() -> new HubProblem(SurveyProblem.NOT_FOUND, id));
        if (survey.mode() == AnswerMode.ANONYMOUS) {
            // nothing links an anonymous answer to its author: all there is to say is whether they took part
            throw SurveyProblem.refused(SurveyRule.WRONG_ANSWER_MODE, id, survey.mode().name());
        }
        return store.own(id, citizen.subject(), false)
                .orElseThrow(() -> SurveyProblem.refused(SurveyRule.NO_RESPONSE, id));
    }

    /** A real-name respondent changes their answer until the survey closes; quotas follow the change. */
    @Transactional
    public ResponseStore.OwnResponse edit(CurrentUser citizen, UUID id, Answers answers) {
        Survey survey = find(id).orElseThrow(() -> new HubProblem(SurveyProblem.NOT_FOUND, id));
        Instant now = clock.instant();
        guard(() -> {
            survey.requireMode(AnswerMode.REAL_NAME);
            survey.requireOpen(now);
        });
        var own = store.own(id, citizen.subject(), true)
                .orElseThrow(() -> SurveyProblem.refused(SurveyRule.NO_RESPONSE, id));
        Version version = validated(survey, answers);
        List<String> warned = counted(survey, answers, own.answers());
        store.updateRealName(own.id(), version.version(), answers, now, warned);
        claimFiles(citizen, own.id(), answers, own.answers());
        return store.own(id, citizen.subject(), false).orElseThrow();
    }

    // --- scheduled: opening, closing, mixing ------------------------------------------------------------------------

    /** Surveys whose opening or closing has come and is not yet announced. */
    List<UUID> dueAnnouncements(Instant now, Set<UUID> skipped) {
        return jdbc.sql("""
                select id from survey where not closed_announced and opens_at is not null
                   and ((not opened_announced and opens_at <= :now) or closes_at <= :now or closed_at is not null)
                   and id not in (:skipped)
                 order by opens_at limit 100
                """).param("now", Timestamp.from(now))
                .param("skipped", skipped.isEmpty() ? Set.of(new UUID(0, 0)) : skipped).query(UUID.class).list();
    }

    /** Announces the opening and/or closing of one survey, in its own transaction. */
    @Transactional
    public int announce(UUID id, Instant now) {
        Survey survey = lock(id);
        var flags = jdbc.sql("select opened_announced, closed_announced from survey where id = :id").param("id", id)
                .query((rs, n) -> new boolean[] {rs.getBoolean(1), rs.getBoolean(2)}).single();
        int made = 0;
        Survey.Status status = survey.status(now);
        if (!flags[0] && (status == Survey.Status.OPEN || status == Survey.Status.CLOSED)) {
            Version v = currentVersion(id).orElseThrow();
            events.publishEvent(SurveyEvents.Opened.of(survey, v.version(), v.questionnaire().questions().size(),
                    clock));
            jdbc.sql("update survey set opened_announced = true where id = :id").param("id", id).update();
            made++;
        }
        if (!flags[1] && status == Survey.Status.CLOSED) {
            close(survey, now, false);
            made++;
        }
        return made;
    }

    /** Moves pooled anonymous answers of one survey once enough wait; own transaction. */
    @Transactional
    public int mix(UUID id) {
        // an answer that raced the closing still leaves the pool, however few keep it company
        return store.mix(id, properties.anonymityBatch(), store.closed(id));
    }

    List<UUID> surveysToMix() {
        return store.surveysToMix(properties.anonymityBatch());
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private Survey close(Survey survey, Instant now, boolean early) {
        Survey closed = guard(() -> survey.close(now));
        Instant closedAt = ((Survey.Closed) closed.phase()).closedAt();
        store.mix(survey.id(), properties.anonymityBatch(), true);
        jdbc.sql("update survey set closed_at = :at, closed_announced = true where id = :id")
                .param("at", Timestamp.from(closedAt)).param("id", survey.id()).update();
        var counts = store.counts(survey.id());
        List<String> warnedQuotas = quotas.of(survey.id()).stream()
                .filter(q -> q.action() == Quota.Action.WARN && q.filled() > q.limit()).map(Quota::key).toList();
        events.publishEvent(SurveyEvents.Closed.of(survey, counts.total(), counts.warned(), warnedQuotas, closedAt,
                early, clock));
        events.publishEvent(new SurveyClosed(survey.id(), survey.site(), survey.ownerDepartment(), closedAt,
                counts.total(), warnedQuotas));
        return closed;
    }

    /** The answers fit the current published version, and files come only with real names. */
    private Version validated(Survey survey, Answers answers) {
        Version version = currentVersion(survey.id())
                .orElseThrow(() -> SurveyProblem.refused(SurveyRule.ANSWERS_ONLY_WHILE_OPEN, survey.id()));
        List<AnswerViolation> violations = version.questionnaire().validate(answers);
        if (!violations.isEmpty()) {
            throw new SurveyProblem.Rejected(SurveyProblem.INVALID_ANSWERS, violations.stream()
                    .map(v -> error(v.pointer(), v.questionKey(), v.code().slug(), v.args())).toList());
        }
        return version;
    }

    /** Counts the answer against the overall maximum and the quotas; STOP refuses (and rolls back). */
    private List<String> counted(Survey survey, Answers answers, Answers previous) {
        if (previous == null && survey.maxResponses() != null) {
            int counted = jdbc.sql("update survey set accepted = accepted + 1 where id = :id and accepted < max_responses")
                    .param("id", survey.id()).update();
            if (counted == 0) {
                throw SurveyProblem.refused(SurveyRule.QUOTA_FULL, "max-responses");
            }
        }
        return switch (quotas.count(survey.id(), answers, previous)) {
            case QuotaOutcome.Stopped s -> throw SurveyProblem.refused(SurveyRule.QUOTA_FULL, s.quotaKey());
            case QuotaOutcome.Counted c -> c.warned();
        };
    }

    private void claimFiles(CurrentUser citizen, UUID responseId, Answers answers, Answers previous) {
        Set<UUID> before = files(previous);
        List<UUID> added = files(answers).stream().filter(f -> !before.contains(f)).toList();
        if (!added.isEmpty()) {
            attachments.claim(citizen.subject(), added, AttachmentSubject.of("survey-response", responseId));
        }
    }

    private static Set<UUID> files(Answers answers) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (answers != null) {
            answers.byQuestion().values().forEach(a -> {
                if (a instanceof Answer.FilesAnswer f) {
                    ids.addAll(f.attachmentIds());
                }
            });
        }
        return ids;
    }

    private Version saveDraft(Survey survey, Questionnaire questionnaire, Instant now) {
        List<QuestionnaireDefect> defects = questionnaire.defects();
        if (!defects.isEmpty()) {
            throw new SurveyProblem.Rejected(SurveyProblem.INVALID_QUESTIONNAIRE, defects.stream()
                    .map(d -> error("/questionnaire" + d.path(), null, d.code().slug(), d.args())).toList());
        }
        if (survey.mode() != AnswerMode.REAL_NAME
                && questionnaire.questions().stream().anyMatch(q -> q instanceof Question.FileQuestion)) {
            throw SurveyProblem.refused(SurveyRule.FILES_ONLY_WITH_REAL_NAME);
        }
        String body = json.writeValueAsString(questionnaire);
        int updated = jdbc.sql("""
                update survey_version set questionnaire = cast(:q as jsonb), created_at = :now
                 where survey_id = :id and published_at is null
                """).param("q", body).param("now", Timestamp.from(now)).param("id", survey.id()).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into survey_version (survey_id, version, questionnaire, created_at)
                    select :id, coalesce(max(version), 0) + 1, cast(:q as jsonb), :now from survey_version
                     where survey_id = :id
                    """).param("id", survey.id()).param("q", body).param("now", Timestamp.from(now)).update();
        }
        return versions(survey.id()).stream().filter(v -> v.publishedAt() == null).findFirst().orElseThrow();
    }

    public List<Version> versions(UUID id) {
        return jdbc.sql("select * from survey_version where survey_id = :id order by version").param("id", id)
                .query((rs, n) -> new Version(rs.getInt("version"),
                        json.readValue(rs.getString("questionnaire"), Questionnaire.class),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    /** The newest published version; its questionnaire is parsed once per (survey, version), then kept. */
    Optional<Version> currentVersion(UUID id) {
        record Row(int version, Instant createdAt, Instant publishedAt) {
        }
        return jdbc.sql("""
                select version, created_at, published_at from survey_version
                 where survey_id = :id and published_at is not null order by version desc limit 1
                """).param("id", id)
                .query((rs, n) -> new Row(rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("published_at").toInstant()))
                .optional()
                .map(r -> new Version(r.version(), published.of(id, r.version(), r.publishedAt(),
                        () -> jdbc.sql("select questionnaire from survey_version where survey_id = :id and version = :v")
                                .param("id", id).param("v", r.version())
                                .query((rs, n) -> json.readValue(rs.getString(1), Questionnaire.class)).single()),
                        r.createdAt(), r.publishedAt()));
    }

    public Optional<Survey> find(UUID id) {
        return jdbc.sql("select * from survey where id = :id").param("id", id).query((rs, n) -> survey(rs)).optional();
    }

    private Survey lock(UUID id) {
        return jdbc.sql("select * from survey where id = :id for update").param("id", id)
                .query((rs, n) -> survey(rs)).optional()
                .orElseThrow(() -> new HubProblem(SurveyProblem.NOT_FOUND, id));
    }

    private Listed listed(Survey s) {
        return new Listed(s, s.status(clock.instant()), currentVersion(s.id()).map(Version::version).orElse(null));
    }

    private static Survey survey(ResultSet rs) throws SQLException {
        Instant opens = instant(rs, "opens_at");
        Instant closes = instant(rs, "closes_at");
        Instant closed = instant(rs, "closed_at");
        Survey.Phase phase = opens == null ? new Survey.Drafting()
                : closed == null ? new Survey.Scheduled(opens, closes) : new Survey.Closed(opens, closes, closed);
        int max = rs.getInt("max_responses");
        boolean unlimited = rs.wasNull();
        return new Survey(rs.getObject("id", UUID.class), rs.getString("site"), rs.getString("owner_department"),
                rs.getString("title"), rs.getString("description"), AnswerMode.valueOf(rs.getString("mode")),
                unlimited ? null : max, phase);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** Staff of the owning department (handler, reviewer), admin, or the site's site-admin. */
    private void requireEditor(CurrentUser user, Survey survey) {
        boolean own = user.hasAnyRole(HubRoles.HANDLER, HubRoles.REVIEWER)
                && survey.ownerDepartment().equals(user.department());
        if (!own && !SiteAdministration.mayAdminister(user, survey.site())) {
            throw SurveyProblem.refused(SurveyRule.NOT_PERMITTED, survey.id());
        }
    }

    /** Editors, and supervisors whose scope covers the owner department. */
    private void requireReader(CurrentUser user, Survey survey) {
        boolean own = user.hasAnyRole(HubRoles.HANDLER, HubRoles.REVIEWER)
                && survey.ownerDepartment().equals(user.department());
        boolean supervises = user.hasRole(HubRoles.SUPERVISOR)
                && DepartmentScope.of(user, Set.of(HubRoles.SUPERVISOR), sites).canSee(survey.ownerDepartment());
        if (!own && !supervises && !SiteAdministration.mayAdminister(user, survey.site())) {
            throw SurveyProblem.refused(SurveyRule.NOT_PERMITTED, survey.id());
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SurveyApplication.ZONE);
    }

    private static SurveyProblem.Rejected.Error error(String pointer, String key, String slug, List<Object> args) {
        String prefix = slug.startsWith("survey-answer-") ? "survey-answer-" : "survey-questionnaire-";
        return new SurveyProblem.Rejected.Error(pointer, key, slug.substring(prefix.length()), slug, args);
    }

    private static <T> T guard(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (SurveyRefused r) {
            throw SurveyProblem.of(r);
        }
    }

    private static void guard(Runnable step) {
        guard(() -> {
            step.run();
            return null;
        });
    }

    private static AuditActor actor(CurrentUser user) {
        return new AuditActor(user.subject(), user.username());
    }
}
