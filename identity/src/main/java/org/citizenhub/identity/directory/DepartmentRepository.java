package org.citizenhub.identity.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Departments in PostgreSQL, plain SQL so the aggregate stays free of persistence annotations. */
@Repository
class DepartmentRepository {

    private final JdbcClient jdbc;

    DepartmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Department> findAll() {
        return jdbc.sql("select * from department order by sort_order, code").query(DepartmentRepository::map).list();
    }

    Optional<Department> find(DepartmentCode code) {
        return jdbc.sql("select * from department where code = :code")
                .param("code", code.value())
                .query(DepartmentRepository::map)
                .optional();
    }

    boolean exists(DepartmentCode code) {
        return jdbc.sql("select count(*) from department where code = :code")
                .param("code", code.value()).query(Long.class).single() > 0;
    }

    long countActiveChildren(DepartmentCode code) {
        return jdbc.sql("select count(*) from department where parent_code = :code and active")
                .param("code", code.value()).query(Long.class).single();
    }

    void insert(Department d) {
        jdbc.sql("""
                insert into department (code, name_zh, name_en, parent_code, kind, contact_phone, sort_order,
                                        active, created_at, updated_at, version)
                values (:code, :nameZh, :nameEn, :parent, :kind, :phone, :sortOrder, :active, :createdAt,
                        :updatedAt, 0)
                """)
                .param("code", d.code().value())
                .param("nameZh", d.nameZh())
                .param("nameEn", d.nameEn())
                .param("parent", d.parent() == null ? null : d.parent().value())
                .param("kind", d.kind().name())
                .param("phone", d.contactPhone())
                .param("sortOrder", d.sortOrder())
                .param("active", d.active())
                .param("createdAt", d.createdAt().atOffset(ZoneOffset.UTC))
                .param("updatedAt", d.updatedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    void update(Department d) {
        int rows = jdbc.sql("""
                update department set name_zh = :nameZh, name_en = :nameEn, parent_code = :parent, kind = :kind,
                       contact_phone = :phone, sort_order = :sortOrder, active = :active, updated_at = :updatedAt,
                       version = version + 1
                 where code = :code and version = :version
                """)
                .param("code", d.code().value())
                .param("nameZh", d.nameZh())
                .param("nameEn", d.nameEn())
                .param("parent", d.parent() == null ? null : d.parent().value())
                .param("kind", d.kind().name())
                .param("phone", d.contactPhone())
                .param("sortOrder", d.sortOrder())
                .param("active", d.active())
                .param("updatedAt", d.updatedAt().atOffset(ZoneOffset.UTC))
                .param("version", d.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Department " + d.code() + " was changed concurrently");
        }
    }

    private static Department map(ResultSet rs, int row) throws SQLException {
        String parent = rs.getString("parent_code");
        return new Department(
                new DepartmentCode(rs.getString("code")),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                parent == null ? null : new DepartmentCode(parent),
                DepartmentKind.valueOf(rs.getString("kind")),
                rs.getString("contact_phone"),
                rs.getInt("sort_order"),
                rs.getBoolean("active"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getInt("version"));
    }
}
