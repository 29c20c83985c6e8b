package org.citizenhub.consultation.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table knowledge_entry: the published answers of cases and the FAQ entries, masked texts only, with their bigram
 * terms (text[], readable) and the same terms as numbers ({@link Bigrams#hashes}, int[]). Ranking is the Dice
 * coefficient of the query's terms and an entry's title + question terms (2|Q∩E| / (|Q|+|E|)), computed in
 * PostgreSQL with intarray over the candidates a GIN index finds ({@code &&}: share a term).
 */
@Repository
class KnowledgeRepository {

    /** A published entry as the public sees it; {@code score} is null when listed without a query. */
    record Answer(UUID id, String source, String trackingNumber, String kind, String category, String department,
                  String title, String question, String answer, Instant askedAt, Instant publishedAt, Double score) {
    }

    /** A case's published texts (already masked) and its facts. */
    record CaseAnswer(UUID caseId, String trackingNumber, String kind, String category, String department,
                      String title, String question, String answer, Instant askedAt, Instant publishedAt,
                      String reviewerId) {
    }

    /**
     * The sites (集约化) whose answers are listed: a case's answer belongs to the site the case was submitted on (a
     * case that stored none: the {@code root}'s); FAQ entries are the hub's, listed on every site.
     */
    record SiteScope(java.util.Set<String> sites, String root) {
    }

    /** Joined as {@code k}: the case of a case's answer (none for an FAQ entry). */
    private static final String CASE_OF_ENTRY = " left join consultation_case k on k.id = e.case_id ";

    private static final String IN_SITES = """
             and (e.source = 'FAQ'
                  or coalesce(k.site, cast(:root as varchar)) = any(cast(:sites as varchar[])))
            """;

    private static final String ANSWER_COLUMNS = """
            e.id, e.source, e.tracking_number, e.kind, e.category, e.department, e.title, e.question, e.answer,
            e.asked_at, e.published_at""";

    private final JdbcClient jdbc;

    KnowledgeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case's answer enters (or, after a reopening and a new reply, replaces its entry in) the knowledge base. */
    void upsertCaseAnswer(CaseAnswer a, Instant now) {
        jdbc.sql("""
                insert into knowledge_entry (id, source, case_id, tracking_number, kind, category, department, status,
                                             title, question, answer, question_terms, all_terms, question_hashes,
                                             all_hashes, author_id, reviewer_id, asked_at, published_at, updated_at)
                values (:id, 'CASE', :caseId, :tn, :kind, :category, :department, 'PUBLISHED', :title, :question,
                        :answer, :qterms, :aterms, :qhashes, :ahashes, :reviewer, :reviewer, :askedAt, :publishedAt,
                        :now)
                on conflict (case_id) do update set department = excluded.department, status = 'PUBLISHED',
                        title = excluded.title, question = excluded.question, answer = excluded.answer,
                        question_terms = excluded.question_terms, all_terms = excluded.all_terms,
                        question_hashes = excluded.question_hashes, all_hashes = excluded.all_hashes,
                        reviewer_id = excluded.reviewer_id, published_at = excluded.published_at,
                        updated_at = excluded.updated_at, version = knowledge_entry.version + 1
                """)
                .param("id", UUID.randomUUID())
                .param("caseId", a.caseId())
                .param("tn", a.trackingNumber())
                .param("kind", a.kind())
                .param("category", a.category())
                .param("department", a.department())
                .param("title", a.title())
                .param("question", a.question())
                .param("answer", a.answer())
                .param("qterms", terms(a.title(), a.question()))
                .param("aterms", terms(a.title(), a.question(), a.answer()))
                .param("qhashes", hashes(a.title(), a.question()))
                .param("ahashes", hashes(a.title(), a.question(), a.answer()))
                .param("reviewer", a.reviewerId())
                .param("askedAt", ts(a.askedAt()))
                .param("publishedAt", ts(a.publishedAt()))
                .param("now", ts(now))
                .update();
    }

    void insertFaq(FaqEntry entry, Instant now) {
        var s = entry.state();
        var c = s.content();
        jdbc.sql("""
                insert into knowledge_entry (id, source, kind, category, status, title, question, answer,
                                             question_terms, all_terms, question_hashes, all_hashes, author_id,
                                             asked_at, updated_at)
                values (:id, 'FAQ', 'FAQ', :category, :status, :title, :question, :answer, :qterms, :aterms,
                        :qhashes, :ahashes, :author, :at, :now)
                """)
                .param("id", s.id())
                .param("category", c.category())
                .param("status", s.status().name())
                .param("title", c.title())
                .param("question", c.question())
                .param("answer", c.answer())
                .param("qterms", terms(c.title(), c.question()))
                .param("aterms", terms(c.title(), c.question(), c.answer()))
                .param("qhashes", hashes(c.title(), c.question()))
                .param("ahashes", hashes(c.title(), c.question(), c.answer()))
                .param("author", s.authorId())
                .param("at", ts(s.createdAt()))
                .param("now", ts(now))
                .update();
    }

    /** Stores the entry's new state; false if someone changed it since it was read. */
    boolean updateFaq(FaqEntry entry, Instant now) {
        var s = entry.state();
        var c = s.content();
        var review = s.review();
        return jdbc.sql("""
                update knowledge_entry set category = :category, status = :status, title = :title,
                       question = :question, answer = :answer, question_terms = :qterms, all_terms = :aterms,
                       question_hashes = :qhashes, all_hashes = :ahashes,
                       reviewer_id = :reviewer, review_comment = :comment, published_at = :publishedAt,
                       updated_at = :now, version = version + 1
                 where id = :id and source = 'FAQ' and version = :version
                """)
                .param("category", c.category())
                .param("status", s.status().name())
                .param("title", c.title())
                .param("question", c.question())
                .param("answer", c.answer())
                .param("qterms", terms(c.title(), c.question()))
                .param("aterms", terms(c.title(), c.question(), c.answer()))
                .param("qhashes", hashes(c.title(), c.question()))
                .param("ahashes", hashes(c.title(), c.question(), c.answer()))
                .param("reviewer", review == null ? null : review.reviewerId())
                .param("comment", review == null ? null : review.comment())
                .param("publishedAt", ts(s.publishedAt()))
                .param("now", ts(now))
                .param("id", s.id())
                .param("version", s.version())
                .update() == 1;
    }

    /** Takes a published case answer out of the knowledge base (and so out of Open311); false if there is none. */
    boolean withdrawCaseAnswer(UUID id, Instant now) {
        return jdbc.sql("""
                update knowledge_entry set status = 'WITHDRAWN', updated_at = :now, version = version + 1
                 where id = :id and source = 'CASE' and status = 'PUBLISHED'
                """).param("id", id).param("now", ts(now)).update() == 1;
    }

    /** The tracking number of a case's answer entry, if it is one. */
    Optional<String> trackingNumberOfCaseAnswer(UUID id) {
        return jdbc.sql("select tracking_number from knowledge_entry where id = :id and source = 'CASE'")
                .param("id", id).query(String.class).optional();
    }

    Optional<FaqEntry> findFaq(UUID id) {
        return jdbc.sql("select * from knowledge_entry where id = :id and source = 'FAQ'").param("id", id)
                .query(this::faq).optional();
    }

    List<FaqEntry> faqs(FaqEntry.Status status, int page, int size) {
        return jdbc.sql("""
                select * from knowledge_entry where source = 'FAQ'
                   and (cast(:status as varchar) is null or status = :status)
                 order by updated_at desc, id limit :size offset :offset
                """)
                .param("status", status == null ? null : status.name())
                .param("size", size).param("offset", (long) page * size)
                .query(this::faq).list();
    }

    /**
     * Published entries sharing a term with the query, best first: by Dice on title + question, then on all the
     * text (an entry matching only in its answer comes after those matching the question).
     */
    List<Answer> search(List<String> terms, String kind, double minScore, SiteScope scope, int page, int size) {
        return jdbc.sql("select " + ANSWER_COLUMNS + """
                       , s.question_score
                  from knowledge_entry e
                  left join consultation_case k on k.id = e.case_id
                  cross join lateral (select 2.0 * icount(e.question_hashes & cast(:hashes as int[]))
                                       / (icount(e.question_hashes) + :n) as question_score,
                                       2.0 * icount(e.all_hashes & cast(:hashes as int[]))
                                       / (icount(e.all_hashes) + :n) as all_score) s
                 where e.status = 'PUBLISHED' and e.all_hashes && cast(:hashes as int[])
                   and (cast(:kind as varchar) is null or e.kind = :kind)
                   and s.question_score >= :min
                """ + IN_SITES + """
                 order by s.question_score desc, s.all_score desc, e.published_at desc, e.id
                 limit :size offset :offset
                """)
                .param("hashes", boxed(Bigrams.hashes(terms)))
                .param("n", Bigrams.hashes(terms).length)
                .param("kind", kind)
                .param("min", minScore)
                .param("root", scope.root()).param("sites", scope.sites().toArray(String[]::new))
                .param("size", size).param("offset", (long) page * size)
                .query((rs, i) -> answer(rs, rs.getDouble("question_score"))).list();
    }

    /** Published entries, newest first (the listing without a query). */
    List<Answer> latest(String kind, SiteScope scope, int page, int size) {
        return jdbc.sql("select " + ANSWER_COLUMNS + " from knowledge_entry e" + CASE_OF_ENTRY + """
                 where e.status = 'PUBLISHED' and (cast(:kind as varchar) is null or e.kind = :kind)
                """ + IN_SITES + """
                 order by e.published_at desc, e.id limit :size offset :offset
                """)
                .param("kind", kind).param("size", size).param("offset", (long) page * size)
                .param("root", scope.root()).param("sites", scope.sites().toArray(String[]::new))
                .query((rs, i) -> answer(rs, null)).list();
    }

    /** A published entry of the scope's sites (another site's case answer: none). */
    Optional<Answer> published(UUID id, SiteScope scope) {
        return jdbc.sql("select " + ANSWER_COLUMNS + " from knowledge_entry e" + CASE_OF_ENTRY
                        + "where e.id = :id and e.status = 'PUBLISHED'" + IN_SITES)
                .param("id", id)
                .param("root", scope.root()).param("sites", scope.sites().toArray(String[]::new))
                .query((rs, i) -> answer(rs, null)).optional();
    }

    private Answer answer(ResultSet rs, Double score) throws SQLException {
        return new Answer(rs.getObject("id", UUID.class), rs.getString("source"), rs.getString("tracking_number"),
                rs.getString("kind"), rs.getString("category"), rs.getString("department"), rs.getString("title"),
                rs.getString("question"), rs.getString("answer"), instant(rs, "asked_at"),
                instant(rs, "published_at"), score == null ? null : Math.round(score * 1000) / 1000.0);
    }

    private FaqEntry faq(ResultSet rs, int row) throws SQLException {
        String reviewer = rs.getString("reviewer_id");
        var status = FaqEntry.Status.valueOf(rs.getString("status"));
        FaqEntry.Review review = reviewer == null ? null : new FaqEntry.Review(reviewer, instant(rs, "updated_at"),
                status == FaqEntry.Status.PUBLISHED || status == FaqEntry.Status.WITHDRAWN,
                rs.getString("review_comment"));
        return FaqEntry.restore(new FaqEntry.State(rs.getObject("id", UUID.class),
                new FaqEntry.Content(rs.getString("category"), rs.getString("title"), rs.getString("question"),
                        rs.getString("answer")),
                status, rs.getString("author_id"), review, instant(rs, "asked_at"), instant(rs, "published_at"),
                rs.getLong("version")));
    }

    private static String[] terms(String... texts) {
        return Bigrams.of(texts).toArray(String[]::new);
    }

    private static Integer[] hashes(String... texts) {
        return boxed(Bigrams.hashes(Bigrams.of(texts)));
    }

    private static Integer[] boxed(int[] values) {
        return java.util.Arrays.stream(values).boxed().toArray(Integer[]::new);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
