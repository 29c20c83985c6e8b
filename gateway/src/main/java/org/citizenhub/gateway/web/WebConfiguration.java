package org.citizenhub.gateway.web;

import org.citizenhub.gateway.config.HubGatewayProperties;
import org.citizenhub.web.problem.ProblemMessages;
import org.citizenhub.web.reactive.ReactiveProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** platform/web auto-configures one; this is the stand-in if its auto-configuration is not on the classpath. */
    @Bean
    @ConditionalOnMissingBean
    ReactiveProblemWriter reactiveProblemWriter() {
        return new ReactiveProblemWriter(ProblemMessages.defaults());
    }

    @Bean
    BodySizeLimitWebFilter bodySizeLimitWebFilter(HubGatewayProperties properties, ReactiveProblemWriter problems) {
        var overrides = new java.util.LinkedHashMap<String, Long>();
        properties.getMaxBodySizeOverrides().forEach((pattern, size) -> overrides.put(pattern, size.toBytes()));
        return new BodySizeLimitWebFilter(properties.getMaxBodySize().toBytes(), overrides, problems);
    }

    @Bean
    SecurityHeadersWebFilter securityHeadersWebFilter() {
        return new SecurityHeadersWebFilter();
    }

    @Bean
    ProblemWebExceptionHandler problemWebExceptionHandler(ReactiveProblemWriter problems) {
        return new ProblemWebExceptionHandler(problems);
    }

    /** CORS for the portal's origins; applied by the security filter chains ({@code http.cors(...)}). */
    @Bean
    CorsConfigurationSource corsConfigurationSource(HubGatewayProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.getCors().getAllowedOrigins());
        cors.addAllowedMethod("*");
        cors.addAllowedHeader("*");
        cors.addExposedHeader("X-Request-Id");
        cors.addExposedHeader("Location");
        cors.addExposedHeader("Retry-After");
        cors.setAllowCredentials(true);
        cors.setMaxAge(properties.getCors().getMaxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
