package org.citizenhub.hall.ratings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.deadlines.CaseDeadlines;
import org.citizenhub.hall.ratings.domain.Channel;
import org.citizenhub.hall.ratings.domain.Rating;
import org.citizenhub.hall.ratings.domain.ReasonCategory;
import org.citizenhub.hall.ratings.domain.Satisfaction;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Visits and ratings in hall_visit / hall_rating; phases as jsonb, the rating under an optimistic version. */
@Repository
class RatingRepository {

    /** A registered visit. */
    record Visit(UUID id, String department, String window, String itemCode, String itemName, Instant servedAt,
                 boolean rated) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RatingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insertVisit(UUID id, String codeHash, String department, String window, String itemCode, String itemName,
                     Instant servedAt, String registeredBy, Instant now) {
        jdbc.sql("""
                insert into hall_visit (id, code_hash, department, hall_window, item_code, item_name, served_at,
                                        registered_by, registered_at)
                values (:id, :hash, :department, :window, :itemCode, :itemName, :servedAt, :by, :now)
                """)
                .param("id", id).param("hash", codeHash).param("department", department).param("window", window)
                .param("itemCode", itemCode).param("itemName", itemName).param("servedAt", ts(servedAt))
                .param("by", registeredBy).param("now", ts(now)).update();
    }

    /** The visit of a code, locked for the rating transaction (一次一评 under concurrent requests). */
    Optional<Visit> visitByCodeHash(String codeHash) {
        return jdbc.sql("""
                select v.*, exists (select 1 from hall_rating r where r.visit_id = v.id) as rated
                  from hall_visit v where v.code_hash = :hash for update
                """)
                .param("hash", codeHash)
                .query((rs, i) -> new Visit(rs.getObject("id", UUID.class), rs.getString("department"),
                        rs.getString("hall_window"), rs.getString("item_code"), rs.getString("item_name"),
                        instant(rs, "served_at"), rs.getBoolean("rated")))
                .optional();
    }

    boolean applicationRated(String applicationNumber) {
        return jdbc.sql("select exists (select 1 from hall_rating where application_number = :n)")
                .param("n", applicationNumber).query(Boolean.class).single();
    }

    void insert(Rating r, UUID visitId, String applicationNumber, WorkingTime time) {
        var g = r.given();
        jdbc.sql("""
                insert into hall_rating (id, number, subject, visit_id, application_number, department, site,
                                         item_code, item_name, hall_window, served_at, channel, satisfaction,
                                         reasons, comment, rater_subject, rated_at, excluded, state, rectification,
                                         rectification_status, appeal, deadlines, next_announcement_at, version)
                values (:id, :number, :subject, :visitId, :applicationNumber, :department, :site, :itemCode,
                        :itemName, :window, :servedAt, :channel, :satisfaction, :reasons, :comment, :rater, :ratedAt,
                        :excluded, :state, cast(:rectification as jsonb), :rectificationStatus,
                        cast(:appeal as jsonb), cast(:deadlines as jsonb), :next, 0)
                """)
                .param("id", g.id()).param("number", g.number()).param("subject", g.subject().name())
                .param("visitId", visitId).param("applicationNumber", applicationNumber)
                .param("department", g.place().department()).param("site", g.place().site())
                .param("itemCode", g.place().itemCode()).param("itemName", g.place().itemName())
                .param("window", g.place().window()).param("servedAt", ts(g.place().servedAt()))
                .param("channel", g.channel().code()).param("satisfaction", g.satisfaction().level())
                .param("reasons", r.reasonCodes()).param("comment", g.comment()).param("rater", g.raterSubject())
                .param("ratedAt", ts(g.ratedAt()))
                .param("excluded", r.excluded()).param("state", r.state())
                .param("rectification", write(r.rectification()))
                .param("rectificationStatus", r.rectification() == null ? null : r.rectification().status().name())
                .param("appeal", write(r.appeal())).param("deadlines", r.deadlines().toJson())
                .param("next", r.deadlines().nextAnnouncementAt(time).map(RatingRepository::ts).orElse(null))
                .update();
    }

    /** Saves the phases under the version read; 409 if someone saved meanwhile. */
    void update(Rating r, WorkingTime time) {
        int updated = jdbc.sql("""
                update hall_rating set excluded = :excluded, state = :state,
                       rectification = cast(:rectification as jsonb), rectification_status = :rectificationStatus,
                       appeal = cast(:appeal as jsonb), deadlines = cast(:deadlines as jsonb),
                       next_announcement_at = :next, version = version + 1
                 where id = :id and version = :version
                """)
                .param("excluded", r.excluded()).param("state", r.state())
                .param("rectification", write(r.rectification()))
                .param("rectificationStatus", r.rectification() == null ? null : r.rectification().status().name())
                .param("appeal", write(r.appeal())).param("deadlines", r.deadlines().toJson())
                .param("next", r.deadlines().nextAnnouncementAt(time).map(RatingRepository::ts).orElse(null))
                .param("id", r.id()).param("version", r.version())
                .update();
        if (updated != 1) {
            throw new HubProblem(RatingProblem.RATING_CHANGED_CONCURRENTLY, r.number());
        }
    }

    Optional<Rating> findByNumber(String number) {
        return jdbc.sql("select * from hall_rating where number = :number").param("number", number)
                .query(this::rating).optional();
    }

    Optional<Rating> findById(UUID id) {
        return jdbc.sql("select * from hall_rating where id = :id").param("id", id).query(this::rating).optional();
    }

    /** Rectifications of the departments given (null: every department), most urgent first. */
    List<Rating> rectifications(Set<String> departments, String status, int page, int size) {
        return jdbc.sql("""
                select * from hall_rating
                 where rectification_status is not null
                   and (cast(:status as varchar) is null or rectification_status = :status)
                   and (cast(:all as boolean) or department = any(cast(:departments as varchar[])))
                 order by case rectification_status when 'OPEN' then 0 when 'RECTIFIED' then 1 else 2 end,
                          (deadlines -> 'clocks' -> 0 -> 'clock' ->> 'dueAt'), rated_at
                 limit :size offset :offset
                """)
                .param("status", status).param("all", departments == null)
                .param("departments", departments == null ? new String[0] : departments.toArray(String[]::new))
                .param("size", size).param("offset", page * size)
                .query(this::rating).list();
    }

    List<UUID> dueAnnouncements(Instant now, int limit) {
        return jdbc.sql("""
                select id from hall_rating where next_announcement_at <= :now
                 order by next_announcement_at limit :limit
                """)
                .param("now", ts(now)).param("limit", limit).query(UUID.class).list();
    }

    private Rating rating(ResultSet rs, int row) throws SQLException {
        String subject = rs.getString("subject");
        Set<ReasonCategory> reasons = Arrays.stream(rs.getString("reasons").split(","))
                .filter(s -> !s.isBlank()).map(s -> ReasonCategory.ofCode(s).orElseThrow())
                .collect(Collectors.toSet());
        var given = new Rating.Given(rs.getObject("id", UUID.class), rs.getString("number"),
                Rating.Subject.valueOf(subject),
                "VISIT".equals(subject) ? rs.getObject("visit_id", UUID.class).toString()
                        : rs.getString("application_number"),
                new Rating.Place(rs.getString("department"), rs.getString("site"), rs.getString("item_code"),
                        rs.getString("item_name"), rs.getString("hall_window"), instant(rs, "served_at")),
                Channel.ofCode(rs.getString("channel")).orElseThrow(),
                Satisfaction.ofLevel(rs.getInt("satisfaction")).orElseThrow(), reasons, rs.getString("comment"),
                rs.getString("rater_subject"), instant(rs, "rated_at"));
        String rectification = rs.getString("rectification");
        String appeal = rs.getString("appeal");
        return new Rating(given,
                rectification == null ? null : json.readValue(rectification, Rating.Rectification.class),
                appeal == null ? null : json.readValue(appeal, Rating.Appeal.class),
                CaseDeadlines.fromJson(rs.getString("deadlines")), rs.getInt("version"));
    }

    private String write(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
