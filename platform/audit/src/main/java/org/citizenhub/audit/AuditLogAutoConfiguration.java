package org.citizenhub.audit;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link AuditLog} of every service with a database. It uses the service's {@link Clock} and {@link JsonMapper}
 * beans when there are such (so details are written as the service writes JSON), otherwise Asia/Shanghai time and a
 * plain mapper.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@ConditionalOnClass(JdbcTemplate.class)
public class AuditLogAutoConfiguration {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(JdbcTemplate.class)
    public AuditLog auditLog(JdbcTemplate jdbcTemplate, ObjectProvider<JsonMapper> json, ObjectProvider<Clock> clock) {
        return new AuditLog(JdbcClient.create(jdbcTemplate), json.getIfAvailable(() -> JsonMapper.builder().build()),
                clock.getIfAvailable(() -> Clock.system(ZONE)));
    }
}
