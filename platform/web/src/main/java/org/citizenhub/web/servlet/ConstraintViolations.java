package org.citizenhub.web.servlet;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.citizenhub.web.problem.FieldViolation;

/** Kept apart so Jakarta Validation stays optional: only loaded when such an exception was actually thrown. */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    static List<FieldViolation> of(Exception ex) {
        if (!(ex instanceof ConstraintViolationException violations) || violations.getConstraintViolations() == null) {
            return List.of();
        }
        return violations.getConstraintViolations().stream()
                .map(ConstraintViolations::violation)
                .toList();
    }

    private static FieldViolation violation(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath() == null ? "" : violation.getPropertyPath().toString();
        int dot = path.indexOf('.');
        // "submit.request.title" (method.parameter.property) -> "request.title"
        String field = dot > 0 && violation.getExecutableParameters() != null ? path.substring(dot + 1) : path;
        return new FieldViolation(field, violation.getMessage());
    }
}
