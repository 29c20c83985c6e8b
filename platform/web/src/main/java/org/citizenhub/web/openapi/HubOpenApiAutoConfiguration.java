package org.citizenhub.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Every service's OpenAPI document names the service and declares the Keycloak bearer token, so the gateway's
 * aggregated Swagger UI can "Authorize" once and try any service. Server URLs come from the request (forwarded by
 * the gateway), so "Try it out" goes through the gateway, not around it.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class HubOpenApiAutoConfiguration {

    public static final String BEARER_SCHEME = "keycloak-bearer";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI hubOpenApi(@Value("${spring.application.name:service}") String application,
                       @Value("${hub.openapi.version:0.1.0}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("Citizen Hub · " + application)
                        .version(version)
                        .description("Errors are RFC 9457 application/problem+json with a stable type "
                                + "(https://citizenhub.example/problems/<slug>); titles in Simplified Chinese, "
                                + "English with Accept-Language: en.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Access token from Keycloak realm citizen-hub")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }
}
