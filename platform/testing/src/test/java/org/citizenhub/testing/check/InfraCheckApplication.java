package org.citizenhub.testing.check;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** A minimal service used only to prove that {@code @HubIntegrationTest} wires a real app to the real servers. */
@SpringBootApplication
public class InfraCheckApplication {

    public static void main(String[] args) {
        SpringApplication.run(InfraCheckApplication.class, args);
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults()))
                .build();
    }

    @RestController
    static class MeController {
        @GetMapping("/me")
        Map<String, Object> me(@AuthenticationPrincipal Jwt jwt) {
            return Map.of("username", jwt.getClaimAsString("preferred_username"),
                    "department", String.valueOf(jwt.getClaimAsString("department")),
                    "roles", jwt.getClaimAsMap("realm_access").get("roles"));
        }
    }
}
