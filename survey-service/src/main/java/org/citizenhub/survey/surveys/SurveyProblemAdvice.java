package org.citizenhub.survey.surveys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.citizenhub.web.problem.ProblemDocuments;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers {@link SurveyProblem.Rejected} with a problem document whose {@code errors} carry a JSON {@code pointer}
 * into the request body, the question {@code key}, a stable {@code code} and the message in the request's language.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SurveyProblemAdvice {

    private final ProblemDocuments documents;

    SurveyProblemAdvice(ProblemDocuments documents) {
        this.documents = documents;
    }

    @ExceptionHandler(SurveyProblem.Rejected.class)
    ResponseEntity<Map<String, Object>> rejected(SurveyProblem.Rejected rejected, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> body = documents.create(rejected.type(), rejected.type().status(), locale,
                request.getRequestURI(),
                org.citizenhub.web.servlet.ServletProblemWriter.requestId(request), List.of(),
                rejected.errors().size());
        body.put("errors", rejected.errors().stream().map(e -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("pointer", e.pointer());
            if (e.key() != null) {
                entry.put("field", e.key());
            }
            entry.put("code", e.code());
            entry.put("message", documents.messages().detail(new SurveyProblem.Entry(e.slug()), locale,
                    e.args().toArray()));
            return entry;
        }).toList());
        return ResponseEntity.status(rejected.type().status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
