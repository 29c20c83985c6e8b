package org.citizenhub.consultation.cases;


import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The categories citizens choose from (table case_category). */
@Component
public class CategoryCheck {

    public record Category(String code, String nameZh, String nameEn) {
    }

    private final JdbcClient jdbc;

    CategoryCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String code) {
        return code != null && jdbc.sql("select count(*) from case_category where code = :c").param("c", code)
                .query(Integer.class).single() > 0;
    }

    public List<Category> all() {
        return jdbc.sql("select code, name_zh, name_en from case_category order by code")
                .query((rs, i) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}
