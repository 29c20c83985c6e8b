package org.citizenhub.web.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the RFC 9457 problem document every Citizen Hub API answers errors with:
 * {@code {type,title,status,detail,instance,requestId,errors?}} in that order. The result is a plain ordered map
 * so any JSON mapper (servlet or reactive) writes the same bytes.
 */
public final class ProblemDocuments {

    private final ProblemMessages messages;

    public ProblemDocuments(ProblemMessages messages) {
        this.messages = messages;
    }

    public ProblemMessages messages() {
        return messages;
    }

    /** A document for the type, answered with the type's own status. */
    public Map<String, Object> create(ProblemType type, Locale locale, String instance, String requestId,
                                      Object... detailArgs) {
        return create(type, type.status(), locale, instance, requestId, List.of(), detailArgs);
    }

    /**
     * A document for the type with an explicit status (when a framework status has no type of its own) and field
     * violations ({@code errors} is left out when there are none).
     */
    public Map<String, Object> create(ProblemType type, int status, Locale locale, String instance,
                                      String requestId, List<FieldViolation> errors, Object... detailArgs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.type().toString());
        body.put("title", messages.title(type, locale));
        body.put("status", status);
        body.put("detail", messages.detail(type, locale, detailArgs));
        if (instance != null) {
            body.put("instance", instance);
        }
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        if (errors != null && !errors.isEmpty()) {
            body.put("errors", errors.stream()
                    .map(e -> {
                        Map<String, Object> entry = new LinkedHashMap<>();
                        entry.put("field", e.field());
                        entry.put("message", e.message());
                        return entry;
                    })
                    .toList());
        }
        return body;
    }
}
