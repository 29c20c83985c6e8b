package org.citizenhub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javax.sql.DataSource;

import org.citizenhub.audit.web.AuditLogController;
import org.citizenhub.audit.web.AuditLogEndpointAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import tools.jackson.databind.json.JsonMapper;

class AuditLogAutoConfigurationTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AuditLogAutoConfiguration.class));

    private final WebApplicationContextRunner webContexts = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AuditLogAutoConfiguration.class,
                    AuditLogEndpointAutoConfiguration.class))
            .withBean(JdbcTemplate.class, () -> new JdbcTemplate(mock(DataSource.class)))
            .withBean(LocalValidatorFactoryBean.class);

    @Test
    void a_service_with_a_database_gets_the_audit_log() {
        contexts.withBean(JdbcTemplate.class, () -> new JdbcTemplate(mock(DataSource.class)))
                .run(context -> assertThat(context).hasSingleBean(AuditLog.class));
    }

    @Test
    void a_service_without_a_database_gets_none() {
        contexts.run(context -> assertThat(context).doesNotHaveBean(AuditLog.class));
    }

    @Test
    void a_service_may_build_its_own() {
        var own = new AuditLog(JdbcClient.create(mock(DataSource.class)), JsonMapper.builder().build(),
                Clock.fixed(Instant.EPOCH, ZoneId.of("UTC")));
        contexts.withBean(JdbcTemplate.class, () -> new JdbcTemplate(mock(DataSource.class)))
                .withBean(AuditLog.class, () -> own)
                .run(context -> assertThat(context.getBean(AuditLog.class)).isSameAs(own));
    }

    @Test
    void a_servlet_service_gets_the_admin_endpoint() {
        webContexts.run(context -> assertThat(context).hasSingleBean(AuditLogController.class));
    }

    @Test
    void the_admin_endpoint_can_be_turned_off() {
        webContexts.withPropertyValues("hub.audit.endpoint.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(AuditLogController.class)
                        .hasSingleBean(AuditLog.class));
    }

    @Test
    void a_service_that_is_not_a_servlet_application_gets_no_endpoint() {
        contexts.withConfiguration(AutoConfigurations.of(AuditLogEndpointAutoConfiguration.class))
                .withBean(JdbcTemplate.class, () -> new JdbcTemplate(mock(DataSource.class)))
                .withBean(LocalValidatorFactoryBean.class)
                .run(context -> assertThat(context).doesNotHaveBean(AuditLogController.class));
    }
}
