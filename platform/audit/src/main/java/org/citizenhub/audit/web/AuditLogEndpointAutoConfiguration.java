package org.citizenhub.audit.web;

import jakarta.validation.Validator;

import org.citizenhub.audit.AuditLog;
import org.citizenhub.audit.AuditLogAutoConfiguration;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/audit-log} (role admin) in every servlet service that has an {@link AuditLog}, so that all
 * services show their operation log the same way. {@code hub.audit.endpoint.enabled=false} turns it off.
 */
@AutoConfiguration(after = AuditLogAutoConfiguration.class,
        afterName = "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({RestController.class, Validator.class, Jwt.class, CurrentUser.class})
@ConditionalOnProperty(prefix = "hub.audit.endpoint", name = "enabled", matchIfMissing = true)
public class AuditLogEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({AuditLog.class, Validator.class})
    public AuditLogController auditLogController(AuditLog auditLog, Validator validator) {
        return new AuditLogController(auditLog, validator);
    }
}
