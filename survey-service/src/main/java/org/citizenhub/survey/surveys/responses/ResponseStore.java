package org.citizenhub.survey.surveys.responses;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citizenhub.survey.surveys.questionnaire.Answers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where answers are kept, one way per answer mode. Every "once per identity" is decided by the database (a unique
 * index or a conditional update), never by a read before the write, so it holds when one person submits twice at once.
 */
@Repository
public class ResponseStore {

    /** A real-name respondent's own response. */
    public record OwnResponse(UUID id, int version, Answers answers, Instant submittedAt, Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SecureRandom random = new SecureRandom();

    ResponseStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // --- real name --------------------------------------------------------------------------------------------------

    /** @return the new response's id; empty when this respondent has already answered (policy one-response-per-identity) */
    public Optional<UUID> insertRealName(UUID surveyId, int version, Answers answers, String subject, Instant now,
                                         LocalDate today, List<String> warned) {
        return jdbc.sql("""
                insert into survey_response (survey_id, version, answers, respondent, submitted_at, submitted_on,
                                             warned_quotas)
                values (:s, :v, cast(:a as jsonb), :who, :now, :today, :warned)
                on conflict (survey_id, respondent) where respondent is not null do nothing
                returning id
                """).param("s", surveyId).param("v", version).param("a", json.writeValueAsString(answers))
                .param("who", subject).param("now", Timestamp.from(now)).param("today", today)
                .param("warned", warned.toArray(String[]::new)).query(UUID.class).optional();
    }

    /** The respondent's response, locked for a change when {@code forUpdate}. */
    public Optional<OwnResponse> own(UUID surveyId, String subject, boolean forUpdate) {
        return jdbc.sql("select id, version, answers, submitted_at, updated_at from survey_response"
                        + " where survey_id = :s and respondent = :who" + (forUpdate ? " for update" : ""))
                .param("s", surveyId).param("who", subject)
                .query((rs, n) -> new OwnResponse(rs.getObject("id", UUID.class), rs.getInt("version"),
                        json.readValue(rs.getString("answers"), Answers.class),
                        rs.getTimestamp("submitted_at").toInstant(),
                        rs.getTimestamp("updated_at") == null ? null : rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    public void updateRealName(UUID responseId, int version, Answers answers, Instant now, List<String> warned) {
        jdbc.sql("""
                update survey_response set version = :v, answers = cast(:a as jsonb), updated_at = :now,
                       warned_quotas = :warned where id = :id
                """).param("v", version).param("a", json.writeValueAsString(answers)).param("now", Timestamp.from(now))
                .param("warned", warned.toArray(String[]::new)).param("id", responseId).update();
    }

    // --- anonymous --------------------------------------------------------------------------------------------------

    /** Records that this participant took part; false when they already had (policy one-response-per-identity). */
    public boolean participate(UUID surveyId, byte[] participant) {
        return jdbc.sql("""
                insert into survey_participation (survey_id, participant) values (:s, :p) on conflict do nothing
                """).param("s", surveyId).param("p", participant).update() == 1;
    }

    public boolean participated(UUID surveyId, byte[] participant) {
        return jdbc.sql("select count(*) from survey_participation where survey_id = :s and participant = :p")
                .param("s", surveyId).param("p", participant).query(Integer.class).single() > 0;
    }

    /** An anonymous answer waits in the pool, with its day only, until the mixer moves it. */
    public void pool(UUID surveyId, int version, Answers answers, LocalDate today, List<String> warned) {
        jdbc.sql("""
                insert into survey_anonymous_pool (survey_id, version, answers, submitted_on, warned_quotas)
                values (:s, :v, cast(:a as jsonb), :today, :warned)
                """).param("s", surveyId).param("v", version).param("a", json.writeValueAsString(answers))
                .param("today", today).param("warned", warned.toArray(String[]::new)).update();
    }

    /**
     * Moves the pooled answers of a survey into {@code survey_response} in random order and under new ids, once at
     * least {@code batch} wait (or all of them when {@code everything}, at closing). Run in a transaction of its own:
     * the moved rows then share a transaction id with each other and with no participation row.
     *
     * @return how many were moved
     */
    public int mix(UUID surveyId, int batch, boolean everything) {
        List<UUID> pooled = new ArrayList<>(jdbc.sql("""
                select id from survey_anonymous_pool where survey_id = :s for update skip locked
                """).param("s", surveyId).query(UUID.class).list());
        if (pooled.isEmpty() || (!everything && pooled.size() < batch)) {
            return 0;
        }
        Collections.shuffle(pooled, random);
        for (UUID id : pooled) {
            jdbc.sql("""
                    insert into survey_response (survey_id, version, answers, submitted_on, warned_quotas)
                    select survey_id, version, answers, submitted_on, warned_quotas from survey_anonymous_pool
                     where id = :id
                    """).param("id", id).update();
        }
        jdbc.sql("delete from survey_anonymous_pool where id in (:ids)").param("ids", pooled).update();
        return pooled.size();
    }

    /** Surveys with at least {@code batch} pooled answers, or with any left in the pool after closing. */
    public List<UUID> surveysToMix(int batch) {
        return jdbc.sql("""
                select p.survey_id from survey_anonymous_pool p join survey s on s.id = p.survey_id
                 group by p.survey_id having count(*) >= :b or bool_or(s.closed_at is not null)
                """).param("b", batch).query(UUID.class).list();
    }

    /** Whether the pool of a closed survey is to be emptied whatever its size. */
    public boolean closed(UUID surveyId) {
        return jdbc.sql("select closed_at is not null from survey where id = :s").param("s", surveyId)
                .query(Boolean.class).optional().orElse(false);
    }

    // --- invitations ------------------------------------------------------------------------------------------------

    /** Issues {@code count} tokens; they are returned once and kept only as hashes. */
    public List<String> issueInvitations(UUID surveyId, int count, String issuedBy, Instant now) {
        List<String> tokens = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            jdbc.sql("""
                    insert into survey_invitation (id, survey_id, token_hash, issued_at, issued_by)
                    values (:id, :s, :h, :now, :by)
                    """).param("id", UUID.randomUUID()).param("s", surveyId).param("h", ParticipantHash.token(token))
                    .param("now", Timestamp.from(now)).param("by", issuedBy).update();
            tokens.add(token);
        }
        return tokens;
    }

    /** Spends a token of this survey; false when it is unknown, of another survey or already spent. */
    public boolean spendInvitation(UUID surveyId, String token, LocalDate today) {
        return jdbc.sql("""
                update survey_invitation set used_on = :today
                 where survey_id = :s and token_hash = :h and used_on is null
                """).param("today", today).param("s", surveyId).param("h", ParticipantHash.token(token)).update() == 1;
    }

    public record InvitationCount(int issued, int used) {
    }

    public InvitationCount invitations(UUID surveyId) {
        return jdbc.sql("select count(*), count(used_on) from survey_invitation where survey_id = :s")
                .param("s", surveyId).query((rs, n) -> new InvitationCount(rs.getInt(1), rs.getInt(2))).single();
    }

    public UUID insertInvited(UUID surveyId, int version, Answers answers, LocalDate today, List<String> warned) {
        return jdbc.sql("""
                insert into survey_response (survey_id, version, answers, submitted_on, warned_quotas)
                values (:s, :v, cast(:a as jsonb), :today, :warned) returning id
                """).param("s", surveyId).param("v", version).param("a", json.writeValueAsString(answers))
                .param("today", today).param("warned", warned.toArray(String[]::new)).query(UUID.class).single();
    }

    // --- counts -----------------------------------------------------------------------------------------------------

    public record Counts(long responses, long pooled, long warned) {
        public long total() {
            return responses + pooled;
        }
    }

    public Counts counts(UUID surveyId) {
        return jdbc.sql("""
                select (select count(*) from survey_response where survey_id = :s),
                       (select count(*) from survey_anonymous_pool where survey_id = :s),
                       (select count(*) from survey_response where survey_id = :s and cardinality(warned_quotas) > 0)
                     + (select count(*) from survey_anonymous_pool where survey_id = :s
                           and cardinality(warned_quotas) > 0)
                """).param("s", surveyId)
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }
}
