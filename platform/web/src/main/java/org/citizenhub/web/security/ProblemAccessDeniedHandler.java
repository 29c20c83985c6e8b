package org.citizenhub.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.servlet.ServletProblemWriter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 as problem+json ({@code forbidden}). */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ServletProblemWriter problems;

    public ProblemAccessDeniedHandler(ServletProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException accessDeniedException) throws IOException {
        problems.write(request, response, CommonProblem.FORBIDDEN);
    }
}
