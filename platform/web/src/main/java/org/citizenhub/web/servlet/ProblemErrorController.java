package org.citizenhub.web.servlet;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.ProblemDocuments;
import org.citizenhub.web.problem.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's {@code /error} page (reached when something fails outside Spring MVC, e.g. in a filter,
 * or when the container rejects a request) so that those errors are problem+json too, without any exception
 * detail.
 */
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ProblemDocuments documents;

    public ProblemErrorController(ProblemDocuments documents) {
        this.documents = documents;
    }

    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        Throwable failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        ProblemType type = CommonProblem.forStatus(status);
        if (PayloadTooLargeException.isCauseOf(failure)) {
            type = CommonProblem.PAYLOAD_TOO_LARGE;
            status = type.status();
        }
        String requestId = ServletProblemWriter.requestId(request);
        if (status >= 500) {
            log.error("Request failed outside Spring MVC with status {} [requestId={}]", status, requestId, failure);
        }
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original : request.getRequestURI();
        Map<String, Object> body = documents.create(type, status, LocaleContextHolder.getLocale(), uri, requestId,
                List.of());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
