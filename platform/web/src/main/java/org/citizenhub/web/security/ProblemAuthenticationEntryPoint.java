package org.citizenhub.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.servlet.ServletProblemWriter;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as problem+json ({@code unauthorized}), keeping the RFC 6750 {@code WWW-Authenticate: Bearer ...} header
 * that {@link BearerTokenAuthenticationEntryPoint} sets.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final ServletProblemWriter problems;

    public ProblemAuthenticationEntryPoint(ServletProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException authException) throws IOException {
        bearer.commence(request, response, authException);
        problems.write(request, response, CommonProblem.UNAUTHORIZED);
    }
}
