package org.citizenhub.web.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.citizenhub.web.RequestId;
import org.citizenhub.web.problem.ProblemDocuments;
import org.citizenhub.web.problem.ProblemLocales;
import org.citizenhub.web.problem.ProblemType;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem document straight to a servlet response, for code that runs outside Spring MVC (filters,
 * Spring Security's entry point and access-denied handler).
 */
public class ServletProblemWriter {

    private final ProblemDocuments documents;
    private final JsonMapper json;

    public ServletProblemWriter(ProblemDocuments documents, JsonMapper json) {
        this.documents = documents;
        this.json = json;
    }

    /** Sets status and Content-Type and writes the body; does nothing if the response is already committed. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type,
                      Object... detailArgs) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> body = documents.create(type, locale(request), request.getRequestURI(),
                requestId(request), detailArgs);
        byte[] bytes = json.writeValueAsBytes(body);
        response.setStatus(type.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    static Locale locale(HttpServletRequest request) {
        return ProblemLocales.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** The request id the {@link RequestIdFilter} assigned, or the sane incoming header. */
    public static String requestId(HttpServletRequest request) {
        Object assigned = request.getAttribute(RequestId.ATTRIBUTE);
        if (assigned instanceof String id) {
            return id;
        }
        String header = request.getHeader(RequestId.HEADER);
        return RequestId.isSane(header) ? header : null;
    }
}
