package org.citizenhub.identity.sites;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citizenhub.identity.directory.DepartmentCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sites ({@code site}, their host names in {@code site_host}), the department tree as the site directory needs it,
 * and the directory's version counter ({@code site_directory_version}); plain SQL.
 */
@Repository
class SiteRepository {

    /** A department's place in the tree. */
    record Node(String code, String parent) {
    }

    /** The version counter and the directory last published, as JSON (null before the first). */
    record PublishedVersion(long version, String document) {
    }

    private final JdbcClient jdbc;

    SiteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredSite> findAll() {
        Map<String, List<String>> hosts = new HashMap<>();
        jdbc.sql("select site_code, host from site_host order by site_code, position")
                .query((rs, n) -> hosts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return jdbc.sql("select * from site order by code")
                .query((rs, n) -> map(rs, hosts.getOrDefault(rs.getString("code"), List.of()))).list();
    }

    Optional<StoredSite> find(SiteCode code) {
        return jdbc.sql("select * from site where code = :code").param("code", code.value())
                .query((rs, n) -> map(rs, hosts(code.value()))).optional();
    }

    Optional<StoredSite> findByDepartment(DepartmentCode department) {
        return jdbc.sql("select code from site where department_code = :department")
                .param("department", department.value()).query(String.class).optional()
                .flatMap(code -> find(new SiteCode(code)));
    }

    /** The site that has the host name, if any. */
    Optional<String> siteOfHost(String host) {
        return jdbc.sql("select site_code from site_host where host = :host").param("host", host)
                .query(String.class).optional();
    }

    /** The site whose path prefix this is, if any ({@code /} is nobody's alone). */
    Optional<String> siteOfPathPrefix(String pathPrefix) {
        return jdbc.sql("select code from site where path_prefix = :path and path_prefix <> '/'")
                .param("path", pathPrefix).query(String.class).optional();
    }

    List<Node> departmentTree() {
        return jdbc.sql("select code, parent_code from department order by code")
                .query((rs, n) -> new Node(rs.getString(1), rs.getString(2))).list();
    }

    void insert(StoredSite site) {
        details(jdbc.sql("""
                insert into site (code, department_code, name_zh, name_en, path_prefix, logo_url, contact_zh,
                                  contact_en, live, include_children, created_at, updated_at, version)
                values (:code, :department, :nameZh, :nameEn, :path, :logo, :contactZh, :contactEn, :live,
                        :includeChildren, :createdAt, :updatedAt, 0)
                """), site)
                .param("department", site.department().value())
                .param("createdAt", site.createdAt().atOffset(ZoneOffset.UTC))
                .update();
        replaceHosts(site);
    }

    void update(StoredSite site) {
        int rows = details(jdbc.sql("""
                update site set name_zh = :nameZh, name_en = :nameEn, path_prefix = :path, logo_url = :logo,
                       contact_zh = :contactZh, contact_en = :contactEn, live = :live,
                       include_children = :includeChildren, updated_at = :updatedAt, version = version + 1
                 where code = :code and version = :version
                """), site)
                .param("version", site.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Site " + site.code() + " was changed concurrently");
        }
        replaceHosts(site);
    }

    /** The parameters every write of a site binds: its code, what an administrator maintains, when it changed. */
    private static JdbcClient.StatementSpec details(JdbcClient.StatementSpec statement, StoredSite site) {
        var d = site.details();
        return statement
                .param("code", site.code().value())
                .param("nameZh", d.nameZh())
                .param("nameEn", d.nameEn())
                .param("path", d.pathPrefix())
                .param("logo", d.logoUrl())
                .param("contactZh", d.contactZh())
                .param("contactEn", d.contactEn())
                .param("live", d.live())
                .param("includeChildren", d.includeChildren())
                .param("updatedAt", site.updatedAt().atOffset(ZoneOffset.UTC));
    }

    void delete(SiteCode code) {
        jdbc.sql("delete from site where code = :code").param("code", code.value()).update();
    }

    /**
     * Takes the lock on the version counter, which every change to the directory takes first: changes publish in
     * the order they commit, and each builds its directory from everything committed before it.
     */
    PublishedVersion lockVersion() {
        return jdbc.sql("select version, published_document from site_directory_version where id = 1 for update")
                .query((rs, n) -> new PublishedVersion(rs.getLong(1), rs.getString(2))).single();
    }

    long currentVersion() {
        return jdbc.sql("select version from site_directory_version where id = 1").query(Long.class).single();
    }

    void storeVersion(long version, String document, OffsetDateTime at) {
        jdbc.sql("""
                update site_directory_version set version = :version, published_document = :document,
                       changed_at = :at where id = 1
                """).param("version", version).param("document", document).param("at", at).update();
    }

    private void replaceHosts(StoredSite site) {
        jdbc.sql("delete from site_host where site_code = :code").param("code", site.code().value()).update();
        int position = 0;
        for (String host : site.details().hosts()) {
            jdbc.sql("insert into site_host (host, site_code, position) values (:host, :code, :position)")
                    .param("host", host).param("code", site.code().value()).param("position", position++).update();
        }
    }

    private List<String> hosts(String code) {
        return jdbc.sql("select host from site_host where site_code = :code order by position")
                .param("code", code).query(String.class).list();
    }

    private static StoredSite map(ResultSet rs, List<String> hosts) throws SQLException {
        var details = new SiteDetails(rs.getString("name_zh"), rs.getString("name_en"), hosts,
                rs.getString("path_prefix"), rs.getString("logo_url"), rs.getString("contact_zh"),
                rs.getString("contact_en"), rs.getBoolean("live"), rs.getBoolean("include_children"));
        return new StoredSite(new SiteCode(rs.getString("code")), new DepartmentCode(rs.getString("department_code")),
                details, rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }
}
