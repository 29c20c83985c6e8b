package org.citizenhub.hall.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citizenhub.hall.catalogue.domain.Item;
import org.citizenhub.hall.catalogue.domain.ItemCodes;
import org.citizenhub.hall.catalogue.domain.ItemGuide;
import org.citizenhub.hall.catalogue.domain.ItemVersion;
import org.citizenhub.hall.catalogue.domain.ProcessDefinition;
import org.citizenhub.hall.catalogue.domain.Stamp;
import org.citizenhub.hall.catalogue.domain.VersionContent;
import org.citizenhub.hall.catalogue.domain.VersionStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tables catalogue_item and catalogue_version (V10). An item is written whole: its row (optimistic row version) and
 * every version (upsert by id), with the browsing columns copied from each version's guide.
 */
@Repository
class CatalogueRepository {

    /** A published version as the public side lists it; {@code score} is the search's share of matched bigrams. */
    record Listed(UUID itemId, UUID versionId, int number, String basicCode, String implementationCode,
                  ItemGuide guide, Instant publishedAt, Double score) {
    }

    record Page<T>(List<T> rows, long total) {
    }

    /** Filters of the public list; null: any. */
    record Filter(Collection<String> acceptingDepartments, String q, double matchedShare, String kind,
                  String department, String theme, String lifeEvent, String serves, String onlineLevel) {
    }

    record Count(String name, long count) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CatalogueRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Item item) {
        jdbc.sql("""
                        insert into catalogue_item (id, basic_code, implementation_code, accepting_department,
                                                    created_at, created_by, row_version)
                        values (:id, :basic, :code, :department, :at, :by, 0)""")
                .param("id", item.id()).param("basic", item.codes().basicCode())
                .param("code", item.codes().implementationCode()).param("department", item.acceptingDepartment())
                .param("at", Timestamp.from(item.created().at())).param("by", item.created().by()).update();
        saveVersions(item);
    }

    void save(Item item) {
        int updated = jdbc.sql("update catalogue_item set row_version = row_version + 1 where id = :id and row_version = :v")
                .param("id", item.id()).param("v", item.rowVersion()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("item " + item.codes().implementationCode() + " changed");
        }
        saveVersions(item);
    }

    private void saveVersions(Item item) {
        // a version leaving DRAFT / PUBLISHED first, so the partial unique indexes hold at every statement
        var ordered = new ArrayList<>(item.versions());
        ordered.sort((a, b) -> Integer.compare(rank(a.status()), rank(b.status())));
        for (var v : ordered) {
            var g = v.content().guide();
            jdbc.sql("""
                            insert into catalogue_version (id, item_id, number, status, guide, form_schema, process,
                                drafted_at, drafted_by, published_at, published_by, ended_at, ended_by, ended_reason,
                                name_zh, kind, online_level, departments, serves, themes, life_events, search_terms)
                            values (:id, :item, :number, :status, cast(:guide as jsonb), cast(:form as jsonb),
                                cast(:process as jsonb), :draftedAt, :draftedBy, :publishedAt, :publishedBy, :endedAt,
                                :endedBy, :endedReason, :name, :kind, :online, :departments, :serves, :themes,
                                :lifeEvents, catalogue_bigrams(:search))
                            on conflict (id) do update set status = excluded.status, guide = excluded.guide,
                                form_schema = excluded.form_schema, process = excluded.process,
                                drafted_at = excluded.drafted_at, drafted_by = excluded.drafted_by,
                                published_at = excluded.published_at, published_by = excluded.published_by,
                                ended_at = excluded.ended_at, ended_by = excluded.ended_by,
                                ended_reason = excluded.ended_reason, name_zh = excluded.name_zh,
                                kind = excluded.kind, online_level = excluded.online_level,
                                departments = excluded.departments, serves = excluded.serves,
                                themes = excluded.themes, life_events = excluded.life_events,
                                search_terms = excluded.search_terms""")
                    .param("id", v.id()).param("item", item.id()).param("number", v.number())
                    .param("status", v.status().name())
                    .param("guide", json.writeValueAsString(g))
                    .param("form", v.content().formSchema())
                    .param("process", v.content().process() == null ? null
                            : json.writeValueAsString(v.content().process()))
                    .param("draftedAt", Timestamp.from(v.drafted().at())).param("draftedBy", v.drafted().by())
                    .param("publishedAt", v.published() == null ? null : Timestamp.from(v.published().at()))
                    .param("publishedBy", v.published() == null ? null : v.published().by())
                    .param("endedAt", v.ended() == null ? null : Timestamp.from(v.ended().stamp().at()))
                    .param("endedBy", v.ended() == null ? null : v.ended().stamp().by())
                    .param("endedReason", v.ended() == null ? null : v.ended().reason())
                    .param("name", g.name().zh()).param("kind", g.kind().name())
                    .param("online", g.onlineLevel().name())
                    .param("departments", g.departments().toArray(String[]::new))
                    .param("serves", g.serves().stream().map(Enum::name).sorted().toArray(String[]::new))
                    .param("themes", g.themes().toArray(String[]::new))
                    .param("lifeEvents", g.lifeEvents().toArray(String[]::new))
                    .param("search", searchText(g))
                    .update();
        }
    }

    private static int rank(VersionStatus status) {
        return switch (status) {
            case SUPERSEDED, WITHDRAWN -> 0;
            case PUBLISHED -> 1;
            case DRAFT -> 2;
        };
    }

    /** What the public search looks in: names, kind, themes, life events, the laws. */
    static String searchText(ItemGuide g) {
        var parts = new ArrayList<String>();
        parts.add(g.name().zh());
        if (g.name().en() != null) {
            parts.add(g.name().en());
        }
        parts.add(g.kind().zh());
        parts.addAll(g.themes());
        parts.addAll(g.lifeEvents());
        g.legalBasis().forEach(b -> parts.add(b.law()));
        return String.join(" ", parts);
    }

    Optional<Item> find(String implementationCode, boolean forUpdate) {
        var items = jdbc.sql("select * from catalogue_item where implementation_code = :code"
                        + (forUpdate ? " for update" : ""))
                .param("code", implementationCode).query(this::itemHead).list();
        return items.stream().findFirst().map(h -> withVersions(h));
    }

    Page<Item> list(Collection<String> acceptingDepartments, int page, int size) {
        var sql = new StringBuilder("select *, count(*) over () as total from catalogue_item");
        var params = new LinkedHashMap<String, Object>();
        if (acceptingDepartments != null) {
            sql.append(" where accepting_department = any(:departments)");
            params.put("departments", acceptingDepartments.toArray(String[]::new));
        }
        sql.append(" order by implementation_code limit :size offset :offset");
        params.put("size", size);
        params.put("offset", (long) page * size);
        long[] total = {0};
        var heads = jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            total[0] = rs.getLong("total");
            return itemHead(rs, n);
        }).list();
        return new Page<>(heads.stream().map(this::withVersions).toList(), total[0]);
    }

    private record Head(UUID id, ItemCodes codes, String department, Stamp created, long rowVersion) {
    }

    private Head itemHead(ResultSet rs, int n) throws SQLException {
        return new Head(rs.getObject("id", UUID.class),
                new ItemCodes(rs.getString("basic_code"), rs.getString("implementation_code")),
                rs.getString("accepting_department"),
                new Stamp(rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")),
                rs.getLong("row_version"));
    }

    private Item withVersions(Head h) {
        var versions = jdbc.sql("select * from catalogue_version where item_id = :id order by number")
                .param("id", h.id()).query((rs, n) -> version(rs)).list();
        return new Item(h.id(), h.codes(), h.department(), h.created(), versions, h.rowVersion());
    }

    private ItemVersion version(ResultSet rs) throws SQLException {
        var content = new VersionContent(json.readValue(rs.getString("guide"), ItemGuide.class),
                rs.getString("form_schema"),
                rs.getString("process") == null ? null
                        : json.readValue(rs.getString("process"), ProcessDefinition.class));
        var drafted = new Stamp(instant(rs, "drafted_at"), rs.getString("drafted_by"));
        var published = rs.getTimestamp("published_at") == null ? null
                : new Stamp(instant(rs, "published_at"), rs.getString("published_by"));
        var status = VersionStatus.valueOf(rs.getString("status"));
        var ended = rs.getTimestamp("ended_at") == null ? null
                : new ItemVersion.Ending(new Stamp(instant(rs, "ended_at"), rs.getString("ended_by")), status,
                rs.getString("ended_reason"));
        return new ItemVersion(rs.getObject("id", UUID.class), rs.getInt("number"), content, drafted, published,
                ended);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** The item of a version that was published at some time (published, superseded or withdrawn; never a draft). */
    Optional<Item> itemOfPublishedVersion(UUID versionId) {
        return jdbc.sql("""
                        select i.* from catalogue_item i join catalogue_version v on v.item_id = i.id
                        where v.id = :id and v.status <> 'DRAFT'""")
                .param("id", versionId).query(this::itemHead).list().stream().findFirst().map(this::withVersions);
    }

    Page<Listed> published(Filter f, int page, int size) {
        var params = new LinkedHashMap<String, Object>();
        var where = new StringBuilder(" where v.status = 'PUBLISHED' and i.accepting_department = any(:sites)");
        params.put("sites", f.acceptingDepartments().toArray(String[]::new));
        String score = "null::float8";
        if (f.q() != null) {
            params.put("q", f.q());
            score = "(select count(*) from unnest(catalogue_bigrams(:q)) b where b = any(v.search_terms))::float8"
                    + " / greatest(cardinality(catalogue_bigrams(:q)), 1)";
            // a single character has no bigram: it is looked for in the names
            where.append(" and (case when cardinality(catalogue_bigrams(:q)) = 0 then strpos(v.name_zh, :q) > 0")
                    .append(" else v.search_terms && catalogue_bigrams(:q) and ").append(score)
                    .append(" >= :share end)");
            params.put("share", f.matchedShare());
        }
        filter(where, params, "v.kind = :kind", "kind", f.kind());
        filter(where, params, ":department = any(v.departments)", "department", f.department());
        filter(where, params, ":theme = any(v.themes)", "theme", f.theme());
        filter(where, params, ":lifeEvent = any(v.life_events)", "lifeEvent", f.lifeEvent());
        filter(where, params, ":serves = any(v.serves)", "serves", f.serves());
        filter(where, params, "v.online_level = :online", "online", f.onlineLevel());
        params.put("size", size);
        params.put("offset", (long) page * size);
        long[] total = {0};
        var rows = jdbc.sql("select i.id as item_id, v.id as version_id, v.number, i.basic_code, "
                        + "i.implementation_code, v.guide, v.published_at, " + score + " as score, "
                        + "count(*) over () as total from catalogue_version v join catalogue_item i on i.id = v.item_id"
                        + where + " order by score desc nulls last, v.name_zh, i.implementation_code"
                        + " limit :size offset :offset")
                .params(params).query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    Double s = rs.getObject("score") == null ? null : rs.getDouble("score");
                    return new Listed(rs.getObject("item_id", UUID.class), rs.getObject("version_id", UUID.class),
                            rs.getInt("number"), rs.getString("basic_code"), rs.getString("implementation_code"),
                            json.readValue(rs.getString("guide"), ItemGuide.class), instant(rs, "published_at"),
                            s);
                }).list();
        return new Page<>(rows, total[0]);
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String condition, String name,
                               String value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(name, value);
        }
    }

    /** Themes or life events (column {@code themes} or {@code life_events}) of the published items, with counts. */
    List<Count> counts(String column, Collection<String> acceptingDepartments) {
        if (!column.equals("themes") && !column.equals("life_events")) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("select t as name, count(*) as n from catalogue_version v join catalogue_item i"
                        + " on i.id = v.item_id cross join unnest(v." + column + ") as t"
                        + " where v.status = 'PUBLISHED' and i.accepting_department = any(:sites)"
                        + " group by t order by n desc, t")
                .param("sites", acceptingDepartments.toArray(String[]::new))
                .query((rs, n) -> new Count(rs.getString("name"), rs.getLong("n"))).list();
    }
}
