package org.citizenhub.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.citizenhub.gateway.config.HubGatewayProperties;
import org.citizenhub.gateway.listener.Listeners;
import org.citizenhub.web.reactive.ReactiveProblemWriter;
import org.citizenhub.web.security.HubJwtValidators;
import org.citizenhub.web.security.HubRoles;
import org.citizenhub.web.security.KeycloakRoles;
import org.citizenhub.web.security.VerifiedTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import reactor.core.publisher.Mono;

/**
 * Two security filter chains, chosen by the listener the request arrived on.
 * <ul>
 *   <li>admin port: a valid token with one of the staff roles (handler, reviewer, supervisor, admin, site-admin) for
 *       everything except actuator health and prometheus;</li>
 *   <li>public port: anonymous only for {@code hub.gateway.public-paths}, the API docs and actuator health;
 *       {@code /admin/**} is let through so that it ends as 404 (no such route on this port); everything else
 *       needs a valid token.</li>
 * </ul>
 * Tokens are Keycloak access tokens checked against {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 * (signature from the issuer's JWKS, issuer, expiry with {@code hub.security.jwt.clock-skew}, audience
 * {@code hub.security.jwt.audience}); the keys are fetched
 * lazily so the gateway starts while Keycloak is still starting. The token is relayed unchanged to the services,
 * which check it again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurityConfiguration {

    static final String[] STAFF_ROLES = {HubRoles.HANDLER, HubRoles.REVIEWER, HubRoles.SUPERVISOR, HubRoles.ADMIN,
            HubRoles.SITE_ADMIN};
    static final String[] DOCS = {"/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/v3/api-docs",
            "/v3/api-docs/**", "/api/*/v3/api-docs", "/api/*/v3/api-docs/**"};

    /**
     * Signature (the issuer's JWKS, fetched lazily), {@code exp}/{@code nbf} with {@code hub.security.jwt.clock-skew},
     * {@code iss} equal to the issuer, and {@code aud} containing {@code hub.security.jwt.audience} (default
     * {@code citizen-hub-api}, added by the realm's client scope {@code hub-api} to tokens of the hub's clients;
     * empty disables the check). Any failure is a 401. A token verified once is not verified again while valid
     * ({@link VerifiedTokens}, {@code hub.security.jwt.verified-cache-size}): the checks other than the signature
     * run on every request.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
                                  @Value("${hub.security.jwt.clock-skew:30s}") Duration clockSkew,
                                  @Value("${hub.security.jwt.audience:" + HubJwtValidators.HUB_API_AUDIENCE + "}")
                                  String audience,
                                  @Value("${hub.security.jwt.verified-cache-size:"
                                          + VerifiedTokens.DEFAULT_MAXIMUM_SIZE + "}") long verifiedCacheSize) {
        Clock clock = Clock.systemUTC();
        OAuth2TokenValidator<Jwt> validator = HubJwtValidators.create(issuer, clockSkew, clock, audience, List.of());
        ReactiveJwtDecoder verifying = new SupplierReactiveJwtDecoder(() -> {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
        VerifiedTokens verified = new VerifiedTokens(verifiedCacheSize, validator, clockSkew, clock);
        return token -> {
            Optional<Jwt> known;
            try {
                known = verified.find(token);
            } catch (JwtException refused) {
                return Mono.error(refused);
            }
            return known.map(Mono::just)
                    .orElseGet(() -> verifying.decode(token).doOnNext(jwt -> verified.remember(token, jwt)));
        };
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain adminSecurity(ServerHttpSecurity http, Listeners listeners, ReactiveJwtDecoder decoder,
                                         ReactiveProblemWriter problems, CorsConfigurationSource cors) {
        ServerWebExchangeMatcher adminPort = exchange -> listeners.isAdmin(exchange)
                ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
        return common(http.securityMatcher(adminPort), decoder, problems, cors)
                .authorizeExchange(a -> a
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/actuator/info").permitAll()
                        .anyExchange().hasAnyRole(STAFF_ROLES))
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain publicSecurity(ServerHttpSecurity http, HubGatewayProperties properties,
                                          ReactiveJwtDecoder decoder, ReactiveProblemWriter problems,
                                          CorsConfigurationSource cors) {
        return common(http, decoder, problems, cors)
                .authorizeExchange(a -> {
                    a.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll();
                    a.pathMatchers("/actuator/**").denyAll();
                    // No back-office route exists on this port: let it fall through to 404.
                    a.pathMatchers("/admin/**", "/api/*/admin", "/api/*/admin/**").permitAll();
                    a.pathMatchers(HttpMethod.GET, DOCS).permitAll();
                    for (PublicPath path : PublicPath.parseAll(properties.getPublicPaths())) {
                        if (path.method() == null) {
                            a.pathMatchers(path.pattern()).permitAll();
                        }
                        else {
                            a.pathMatchers(path.method(), path.pattern()).permitAll();
                        }
                    }
                    a.anyExchange().authenticated();
                })
                .build();
    }

    private static ServerHttpSecurity common(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
                                             ReactiveProblemWriter problems, CorsConfigurationSource cors) {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler denied = new ProblemAccessDeniedHandler(problems);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(a -> { })
                .requestCache(c -> c.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(c -> c.configurationSource(cors))
                .headers(h -> h
                        .frameOptions(f -> f.mode(
                                org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                        .hsts(s -> s.maxAge(Duration.ofDays(365)).includeSubdomains(true)))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .oauth2ResourceServer(o -> o
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(denied)
                        .jwt(j -> j.jwtDecoder(decoder)
                                .jwtAuthenticationConverter(
                                        new ReactiveJwtAuthenticationConverterAdapter(KeycloakRoles.converter()))));
    }

    /** One entry of {@code hub.gateway.public-paths}: {@code "GET /api/identity/departments/**"}. */
    record PublicPath(HttpMethod method, String pattern) {

        static List<PublicPath> parseAll(List<String> entries) {
            return entries.stream().map(String::trim).filter(e -> !e.isEmpty()).map(PublicPath::parse).toList();
        }

        static PublicPath parse(String entry) {
            String[] parts = entry.split("\\s+", 2);
            if (parts.length == 2) {
                return new PublicPath(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]);
            }
            return new PublicPath(null, parts[0]);
        }
    }
}
