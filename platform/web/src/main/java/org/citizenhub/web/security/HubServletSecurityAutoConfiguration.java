package org.citizenhub.web.security;

import java.time.Clock;
import java.util.List;
import org.citizenhub.web.servlet.HubWebMvcAutoConfiguration;
import org.citizenhub.web.servlet.ServletProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Resource-server security defaults of every servlet service: a stateless, bearer-token
 * {@link SecurityFilterChain} (replaced by declaring your own), Keycloak roles, problem+json 401 / 403, a
 * {@link JwtDecoder} with issuer validation and {@code hub.security.jwt.clock-skew}, {@link CurrentUser}
 * controller arguments and method security.
 */
@AutoConfiguration(after = HubWebMvcAutoConfiguration.class,
        before = {OAuth2ResourceServerAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
                UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, JwtDecoder.class,
        org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint.class})
@EnableConfigurationProperties({HubSecurityProperties.class, OAuth2ResourceServerProperties.class})
public class HubServletSecurityAutoConfiguration {

    /** Always anonymous: probes, metrics scraping, OpenAPI documents and the error page. */
    public static final List<String> ALWAYS_PUBLIC = List.of(
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/error");

    @Bean
    @ConditionalOnMissingBean
    public ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ServletProblemWriter problems) {
        return new ProblemAuthenticationEntryPoint(problems);
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemAccessDeniedHandler problemAccessDeniedHandler(ServletProblemWriter problems) {
        return new ProblemAccessDeniedHandler(problems);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    public SecurityFilterChain hubSecurityFilterChain(HttpSecurity http, HubSecurityProperties properties,
                                                      ProblemAuthenticationEntryPoint entryPoint,
                                                      ProblemAccessDeniedHandler accessDenied) throws Exception {
        String[] publicPaths = properties.getPublicPaths().toArray(String[]::new);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers(ALWAYS_PUBLIC.toArray(String[]::new)).permitAll();
                    if (publicPaths.length > 0) {
                        authorize.requestMatchers(HttpMethod.GET, publicPaths).permitAll();
                        authorize.requestMatchers(HttpMethod.POST, publicPaths).permitAll();
                    }
                    authorize.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(KeycloakRoles.converter()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied));
        return http.build();
    }

    /**
     * Access tokens are checked for signature (keys from the issuer's JWKS, discovered lazily on first use so a
     * service starts while Keycloak is still starting), lifetime with {@code hub.security.jwt.clock-skew}, issuer,
     * the audience {@code hub.security.jwt.audience} (default {@code citizen-hub-api}; empty disables) and (if
     * {@code spring.security.oauth2.resourceserver.jwt.audiences} is set) one of those audiences. A token already
     * verified is not verified again while it is valid ({@link VerifiedTokens}, {@code hub.security.jwt.verified-cache-size}).
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    @ConditionalOnProperty(prefix = "spring.security.oauth2.resourceserver.jwt", name = "issuer-uri")
    public JwtDecoder hubJwtDecoder(OAuth2ResourceServerProperties resourceServer, HubSecurityProperties hub,
                                    ObjectProvider<Clock> clock) {
        OAuth2ResourceServerProperties.Jwt jwt = resourceServer.getJwt();
        String issuer = jwt.getIssuerUri();
        Clock validatorClock = clock.getIfAvailable(Clock::systemUTC);
        var validator = HubJwtValidators.create(issuer, hub.getJwt().getClockSkew(), validatorClock,
                hub.getJwt().getAudience(), jwt.getAudiences());
        String jwkSetUri = jwt.getJwkSetUri();
        VerifiedTokens verified = new VerifiedTokens(hub.getJwt().getVerifiedCacheSize(), validator,
                hub.getJwt().getClockSkew(), validatorClock);
        return verified.caching(new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = jwkSetUri != null && !jwkSetUri.isBlank()
                    ? NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build()
                    : JwtDecoders.fromIssuerLocation(issuer);
            decoder.setJwtValidator(validator);
            return decoder;
        }));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableMethodSecurity
    static class MethodSecurity {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(WebMvcConfigurer.class)
    static class CurrentUserArguments implements WebMvcConfigurer {

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new CurrentUserArgumentResolver());
        }
    }
}
