package org.citizenhub.survey.surveys.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.privacy.PersonalDataMasker;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.survey.SurveyApplication;
import org.citizenhub.survey.surveys.questionnaire.Answers;
import org.citizenhub.survey.surveys.questionnaire.Questionnaire;
import org.citizenhub.survey.surveys.responses.ResponseReader;
import org.citizenhub.survey.surveys.results.SurveyRecords.SurveyRecord;
import org.citizenhub.survey.surveys.results.domain.CrossTab;
import org.citizenhub.survey.surveys.results.domain.CrossTabulation;
import org.citizenhub.survey.surveys.results.domain.PublicationChoice;
import org.citizenhub.survey.surveys.results.domain.QuestionResult;
import org.citizenhub.survey.surveys.results.domain.ResultsRefused;
import org.citizenhub.survey.surveys.results.domain.SurveyResults;
import org.citizenhub.survey.surveys.results.domain.Tally;
import org.citizenhub.survey.surveys.results.render.CsvWriter;
import org.citizenhub.survey.surveys.results.render.Sheets;
import org.citizenhub.survey.surveys.results.render.Table;
import org.citizenhub.survey.surveys.results.render.XlsxWriter;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.DepartmentScope;
import org.citizenhub.web.security.HubRoles;
import org.citizenhub.web.security.SiteAdministration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A survey's results: live for its staff, the owner's choice of what is published, the publication frozen at
 * closing, the public read of it, and the exports. Who may see what: staff (handler, reviewer) of the owning
 * department, supervisors whose scope covers it, the hub-wide admin and the site's site-admin; the owner's staff and
 * the administrators choose the published questions. Every choice, export and publication is audit-logged.
 */
@Service
public class ResultsHandling {

    static final AuditActor SYSTEM = new AuditActor("system", "survey-service");

    public enum Phase { LIVE, PUBLISHED }

    /** What the staff see: every question's tally now, and what will be (or was) published. */
    public record LiveResults(UUID surveyId, String site, String ownerDepartment, Phase phase, Instant closesAt,
                              List<String> publishedQuestions, boolean chosenByOwner, SurveyResults results) {
    }

    /** The publication as the owner set it up; {@code publishedAt} once it happened. */
    public record Publication(UUID surveyId, List<String> questions, boolean chosenByOwner, Instant closesAt,
                              OffsetDateTime publishedAt) {
    }

    /** The published results as the public reads them (JSON and HTML): frozen at closing. */
    public record PublishedResults(UUID surveyId, String title, long responses, OffsetDateTime publishedAt,
                                   List<QuestionResult> questions) {
        public SurveyResults asResults() {
            return new SurveyResults(surveyId, title, responses, questions);
        }
    }

    /** An export ready to send. */
    public record Export(String filename, String contentType, byte[] content) {
    }

    private final SurveyRecords surveys;
    private final ObjectProvider<ResponseReader> reader;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final HubSites sites;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonalDataMasker masker = PersonalDataMasker.standard();

    ResultsHandling(SurveyRecords surveys, ObjectProvider<ResponseReader> reader, JdbcClient jdbc, JsonMapper json,
                    AuditLog audit, HubSites sites, ApplicationEventPublisher events, Clock clock) {
        this.surveys = surveys;
        this.reader = reader;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
    }

    // --- staff ------------------------------------------------------------------------------------------------------

    public LiveResults live(UUID surveyId, CurrentUser user) {
        SurveyRecord s = readable(surveyId, user);
        Questionnaire q = questionnaire(surveyId);
        Tally tally = new Tally(q);
        eachResponse(surveyId, tally::add);
        Optional<PublicationChoice> chosen = choice(surveyId);
        PublicationChoice choice = chosen.orElseGet(() -> PublicationChoice.everyQuestion(q));
        boolean published = publishedAt(surveyId).isPresent();
        return new LiveResults(surveyId, s.site(), s.ownerDepartment(), published ? Phase.PUBLISHED : Phase.LIVE,
                s.closesAt(), choice.questions(), chosen.isPresent(), tally.results(surveyId, s.title()));
    }

    public CrossTab crossTab(UUID surveyId, String rows, String columns, CurrentUser user) {
        readable(surveyId, user);
        CrossTabulation tab = guarded(() -> new CrossTabulation(questionnaire(surveyId), rows, columns));
        eachResponse(surveyId, tab::add);
        return tab.result();
    }

    public Publication publication(UUID surveyId, CurrentUser user) {
        SurveyRecord s = readable(surveyId, user);
        Optional<PublicationChoice> chosen = choice(surveyId);
        List<String> questions = chosen.map(PublicationChoice::questions)
                .orElseGet(() -> PublicationChoice.everyQuestion(questionnaire(surveyId)).questions());
        return new Publication(surveyId, questions, chosen.isPresent(), s.closesAt(),
                publishedAt(surveyId).orElse(null));
    }

    /** The named policy {@code publication-choice-before-closing}; see {@link PublicationChoice#choose}. */
    @Transactional
    public Publication choose(UUID surveyId, List<String> questions, CurrentUser user) {
        SurveyRecord s = editable(surveyId, user);
        PublicationChoice choice = guarded(() -> PublicationChoice.choose(questions, questionnaire(surveyId),
                s.closesAt(), clock.instant()));
        jdbc.sql("""
                        insert into survey_results_choice (survey_id, questions, chosen_by, chosen_at)
                        values (?, cast(? as jsonb), ?, ?)
                        on conflict (survey_id) do update set questions = excluded.questions,
                            chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at""")
                .params(surveyId, json.writeValueAsString(choice.questions()), user.subject(),
                        Timestamp.from(clock.instant())).update();
        audit.record(actor(user), "survey.results.publication-chosen", "survey", surveyId.toString(),
                Map.of("questions", choice.questions()));
        return publication(surveyId, user);
    }

    /**
     * Answers or results as csv, xlsx (both sheets) or json; nothing in them identifies a respondent. One
     * transaction: the audit entry is written with the read it records.
     */
    @Transactional
    public Export export(UUID surveyId, String format, String part, CurrentUser user) {
        SurveyRecord s = readable(surveyId, user);
        String f = format == null ? "csv" : format.toLowerCase(java.util.Locale.ROOT);
        if (!Set.of("csv", "xlsx", "json").contains(f)) {
            throw new HubProblem(ResultsProblem.UNKNOWN_EXPORT_FORMAT, format);
        }
        boolean results = Sheets.RESULTS.equals(part);
        if (part != null && !results && !Sheets.ANSWERS.equals(part)) {
            throw new HubProblem(CommonProblem.BAD_REQUEST);
        }
        Questionnaire q = questionnaire(surveyId);
        Sheets sheets = new Sheets(q, masker);
        Tally tally = new Tally(q);
        eachResponse(surveyId, a -> {
            sheets.add(a);
            tally.add(a);
        });
        SurveyResults tallied = tally.results(surveyId, s.title());
        String name = "survey-" + surveyId + (f.equals("xlsx") ? "" : "-" + (results ? "results" : "answers"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            switch (f) {
                case "csv" -> CsvWriter.write(results ? Sheets.results(tallied) : sheets.answers(), out);
                case "xlsx" -> XlsxWriter.write(List.of(sheets.answers(), Sheets.results(tallied)), out);
                default -> out.write(json.writeValueAsBytes(jsonExport(s, tallied, sheets.answers())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(actor(user), "survey.results.exported", "survey", surveyId.toString(),
                Map.of("format", f, "part", results ? "results" : "answers", "responses", tally.responses()));
        return new Export(name + "." + f, switch (f) {
            case "csv" -> "text/csv; charset=UTF-8";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default -> "application/json";
        }, out.toByteArray());
    }

    private Map<String, Object> jsonExport(SurveyRecord s, SurveyResults results, Table answers) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("surveyId", s.id());
        doc.put("title", s.title());
        doc.put("exportedAt", OffsetDateTime.now(clock));
        doc.put("results", results);
        doc.put("answers", Map.of("columns", answers.header(), "rows", answers.rows()));
        return doc;
    }

    // --- publication ------------------------------------------------------------------------------------------------

    /**
     * Freezes and publishes a closed survey's results with the chosen questions, once: a second call (the closing
     * event and the safety job racing) changes nothing and sends no second event.
     *
     * Its own transaction: it runs after the closing transaction committed, or in the safety round.
     *
     * @return whether this call published them
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public boolean publish(UUID surveyId) {
        SurveyRecord s = surveys.find(surveyId).orElseThrow(
                () -> new HubProblem(ResultsProblem.SURVEY_RESULTS_NOT_FOUND, surveyId));
        Questionnaire q = questionnaire(surveyId);
        Tally tally = new Tally(q);
        eachResponse(surveyId, tally::add);
        PublicationChoice choice = choice(surveyId).orElseGet(() -> PublicationChoice.everyQuestion(q));
        SurveyResults published = tally.results(surveyId, s.title()).only(choice.keys());
        OffsetDateTime now = OffsetDateTime.now(clock);
        int inserted = jdbc.sql("""
                        insert into survey_results_publication (survey_id, site, responses, results, published_at)
                        values (?, ?, ?, cast(? as jsonb), ?) on conflict (survey_id) do nothing""")
                .params(surveyId, s.site(), published.responses(), json.writeValueAsString(published),
                        Timestamp.from(now.toInstant())).update();
        if (inserted == 0) {
            return false;
        }
        List<String> keys = published.questions().stream().map(QuestionResult::key).toList();
        audit.record(SYSTEM, "survey.results.published", "survey", surveyId.toString(),
                Map.of("responses", published.responses(), "questions", keys));
        events.publishEvent(ResultsEvents.ResultsPublished.of(surveyId.toString(), s.site(), s.ownerDepartment(),
                published.responses(), keys, now, clock));
        return true;
    }

    /** The published results of a survey of one of these sites; empty before publication. */
    public Optional<PublishedResults> published(UUID surveyId, java.util.function.Predicate<String> siteCovered) {
        return jdbc.sql("select site, results::text results, published_at from survey_results_publication where survey_id = ?")
                .param(surveyId)
                .query((rs, n) -> siteCovered.test(rs.getString("site")) ? Optional.of(publishedResults(
                        rs.getString("results"), rs.getTimestamp("published_at"))) : Optional.<PublishedResults>empty())
                .optional().flatMap(o -> o);
    }

    private PublishedResults publishedResults(String results, Timestamp at) {
        SurveyResults r = json.readValue(results, SurveyResults.class);
        return new PublishedResults(r.surveyId(), r.title(), r.responses(),
                at.toInstant().atZone(SurveyApplication.ZONE).toOffsetDateTime(), r.questions());
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private Optional<OffsetDateTime> publishedAt(UUID surveyId) {
        return jdbc.sql("select published_at from survey_results_publication where survey_id = ?").param(surveyId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant().atZone(SurveyApplication.ZONE).toOffsetDateTime())
                .optional();
    }

    private Optional<PublicationChoice> choice(UUID surveyId) {
        return jdbc.sql("select questions::text from survey_results_choice where survey_id = ?").param(surveyId)
                .query(String.class).optional()
                .map(text -> new PublicationChoice(List.of(json.readValue(text, String[].class))));
    }

    private Questionnaire questionnaire(UUID surveyId) {
        return responses().currentQuestionnaire(surveyId).orElseGet(() -> new Questionnaire(List.of()));
    }

    private void eachResponse(UUID surveyId, Consumer<Answers> counter) {
        try (Stream<ResponseReader.VersionedAnswers> all = responses().answers(surveyId)) {
            all.forEach(v -> counter.accept(v.answers()));
        }
    }

    private ResponseReader responses() {
        ResponseReader r = reader.getIfAvailable();
        if (r == null) {
            // the questionnaire side's storage is not there (yet): say so instead of counting nothing
            throw new HubProblem(CommonProblem.SERVICE_UNAVAILABLE);
        }
        return r;
    }

    /** Staff who may read the results; 404 for anyone else, 403 outside-site for another site's administrator. */
    private SurveyRecord readable(UUID surveyId, CurrentUser user) {
        SurveyRecord s = surveys.find(surveyId)
                .orElseThrow(() -> new HubProblem(ResultsProblem.SURVEY_RESULTS_NOT_FOUND, surveyId));
        if (SiteAdministration.mayAdminister(user, s.site()) || ownStaff(user, s)
                || user.hasRole(HubRoles.SUPERVISOR) && DepartmentScope.of(user, Set.of(HubRoles.SUPERVISOR), sites)
                .canSee(s.ownerDepartment())) {
            return s;
        }
        if (SiteAdministration.isSiteAdministrator(user)) {
            throw new HubProblem(CommonProblem.OUTSIDE_SITE);
        }
        throw new HubProblem(ResultsProblem.SURVEY_RESULTS_NOT_FOUND, surveyId);
    }

    /** The owning department's staff and the administrators: supervisors read, they do not decide. */
    private SurveyRecord editable(UUID surveyId, CurrentUser user) {
        SurveyRecord s = readable(surveyId, user);
        if (!SiteAdministration.mayAdminister(user, s.site()) && !ownStaff(user, s)) {
            throw new HubProblem(CommonProblem.FORBIDDEN);
        }
        return s;
    }

    private static boolean ownStaff(CurrentUser user, SurveyRecord s) {
        return user.hasAnyRole(HubRoles.HANDLER, HubRoles.REVIEWER) && s.ownerDepartment().equals(user.department());
    }

    private static <T> T guarded(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ResultsRefused r) {
            throw ResultsProblem.of(r);
        }
    }

    private static AuditActor actor(CurrentUser user) {
        return new AuditActor(user.subject(), user.username());
    }
}
