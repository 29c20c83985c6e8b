package org.citizenhub.web.servlet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.DepartmentScope;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A tiny service: the platform's auto-configuration plus one controller, and tokens named after their users. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(WebTestApplication.LettersController.class)
public class WebTestApplication {

    /** "Decodes" bearer tokens of the form {@code user.<role>[.<department>]}; anything else is invalid. */
    @Bean
    JwtDecoder jwtDecoder() {
        return token -> {
            String[] parts = token.split("\\.");
            if (parts.length < 2 || !parts[0].equals("user")) {
                throw new BadJwtException("An error occurred while attempting to decode the Jwt: invalid");
            }
            Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "none")
                    .subject("sub-" + parts[1]).claim("preferred_username", "u-" + parts[1])
                    .claim("realm_access", Map.of("roles", List.of(parts[1])))
                    .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
            if (parts.length > 2) {
                jwt.claim("department", parts[2]);
            }
            return jwt.build();
        };
    }

    record LetterRequest(@NotBlank String title, @NotBlank @Size(max = 20) String body) {
    }

    @RestController
    static class LettersController {

        @PostMapping("/letters")
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, String> submit(@Valid @RequestBody LetterRequest letter) {
            return Map.of("title", letter.title());
        }

        @PostMapping("/public/echo")
        String echo(@RequestBody String body) {
            return body;
        }

        @GetMapping("/public/ping")
        String ping() {
            return "pong";
        }

        @GetMapping("/boom")
        String boom() {
            throw new IllegalStateException("password=hunter2 at jdbc:postgresql://db/secret");
        }

        @GetMapping("/stale")
        String stale() {
            throw new OptimisticLockingFailureException("row was updated by another transaction");
        }

        @GetMapping("/letters/{trackingNumber}/reopen")
        String reopen(@PathVariable String trackingNumber) {
            throw new HubProblem(CommonProblem.INVALID_STATE_TRANSITION);
        }

        @GetMapping("/me")
        CurrentUser me(CurrentUser user) {
            return user;
        }

        @GetMapping("/departments/{code}/letters")
        String departmentLetters(CurrentUser user, @PathVariable String code) {
            DepartmentScope.of(user).requireVisible(code);
            return "letters of " + code;
        }

        @GetMapping("/supervision")
        @PreAuthorize("hasRole('supervisor')")
        String supervision() {
            return "overdue list";
        }
    }
}
