package org.citizenhub.consultation.open311;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citizenhub.web.security.ProblemAuthenticationEntryPoint;
import org.citizenhub.web.servlet.ServletProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.AuthenticationException;

/**
 * A bearer token that is invalid or expired is refused before any controller runs; under {@code /open311/} that
 * 401 is written in the spec's format, everywhere else as the usual problem+json (this entry point replaces
 * platform/web's default one, which it extends).
 */
@Configuration(proxyBeanMethods = false)
class Open311Security {

    @Bean
    ProblemAuthenticationEntryPoint open311AwareAuthenticationEntryPoint(ServletProblemWriter problems) {
        return new ProblemAuthenticationEntryPoint(problems) {
            @Override
            public void commence(HttpServletRequest request, HttpServletResponse response,
                                 AuthenticationException authException) throws IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if (!path.startsWith(Open311Controller.BASE + "/")) {
                    super.commence(request, response, authException);
                    return;
                }
                response.setStatus(401);
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("[{\"code\":401,\"description\":\"the access token is invalid or has "
                        + "expired\"}]");
            }
        };
    }
}
