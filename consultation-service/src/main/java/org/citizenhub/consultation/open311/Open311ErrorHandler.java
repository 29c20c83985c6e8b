package org.citizenhub.consultation.open311;

import java.util.List;
import java.util.Locale;

import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.problem.ProblemMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the Open311 endpoints in the spec's format, {@code [{"code":400,"description":"..."}]} with the
 * same HTTP status, never problem+json: Open311 clients parse this shape. Runs before the service's problem+json
 * handler, for {@link Open311Controller} only.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(Open311ErrorHandler.class);

    private final ProblemMessages messages;

    Open311ErrorHandler(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<List<Open311Error.Body>> open311(Open311Error e) {
        return answer(e);
    }

    /** A refusal of the case workflow (e.g. a reused Idempotency-Key): its status, its localized title and detail. */
    @ExceptionHandler(HubProblem.class)
    ResponseEntity<List<Open311Error.Body>> problem(HubProblem e, Locale locale) {
        var type = e.type();
        return answer(new Open311Error(type.status(), messages.title(type, locale)
                + (Open311Services.english(locale) ? ": " : "：") + messages.detail(type, locale, e.args())));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<List<Open311Error.Body>> unexpected(Exception e, Locale locale) {
        // what Spring MVC refuses itself (an unreadable body, a missing part) keeps its 4xx status
        if (e instanceof ErrorResponse refused && refused.getStatusCode().is4xxClientError()) {
            return answer(new Open311Error(refused.getStatusCode().value(), GeoReport.text(locale, "请求无效",
                    "invalid request")));
        }
        log.error("Open311 request failed", e);
        return answer(new Open311Error(500, GeoReport.text(locale, "服务器内部错误，请稍后重试",
                "internal error, please try again later")));
    }

    static ResponseEntity<List<Open311Error.Body>> answer(Open311Error e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(List.of(e.body()));
    }
}
