package org.citizenhub.identity.calendar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.citizenhub.calendar.ScheduleViolation;
import org.citizenhub.calendar.YearNotLoadedException;
import org.citizenhub.identity.IdentityProblem;
import org.citizenhub.web.problem.ProblemDocuments;
import org.citizenhub.web.problem.ProblemType;
import org.citizenhub.web.servlet.ServletProblemWriter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem documents for the calendar's own refusals: a refused holiday notice (422 invalid-holiday-notice, with the
 * extension {@code violations: [{code, field, message}]}; codes are stable, messages English) and a date in a year
 * the calendar does not cover (422 calendar-year-not-loaded, naming the year).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarProblemHandler {

    private final ProblemDocuments documents;

    CalendarProblemHandler(ProblemDocuments documents) {
        this.documents = documents;
    }

    @ExceptionHandler(HolidayNoticeRefused.class)
    ResponseEntity<Map<String, Object>> refused(HolidayNoticeRefused refused, HttpServletRequest request) {
        var body = document(IdentityProblem.INVALID_HOLIDAY_NOTICE, request, String.valueOf(refused.year()));
        body.put("violations", violations(refused.violations()));
        return answer(IdentityProblem.INVALID_HOLIDAY_NOTICE, body);
    }

    @ExceptionHandler(YearNotLoadedException.class)
    ResponseEntity<Map<String, Object>> notLoaded(YearNotLoadedException notLoaded, HttpServletRequest request) {
        var body = document(IdentityProblem.CALENDAR_YEAR_NOT_LOADED, request, String.valueOf(notLoaded.year()));
        body.put("year", notLoaded.year());
        return answer(IdentityProblem.CALENDAR_YEAR_NOT_LOADED, body);
    }

    private Map<String, Object> document(ProblemType type, HttpServletRequest request, Object... args) {
        return new LinkedHashMap<>(documents.create(type, LocaleContextHolder.getLocale(), request.getRequestURI(),
                ServletProblemWriter.requestId(request), args));
    }

    private static List<Map<String, String>> violations(List<ScheduleViolation> violations) {
        return violations.stream().map(v -> {
            var entry = new LinkedHashMap<String, String>();
            entry.put("code", v.code());
            entry.put("field", v.field());
            entry.put("message", v.message());
            return (Map<String, String>) entry;
        }).toList();
    }

    private static ResponseEntity<Map<String, Object>> answer(ProblemType type, Map<String, Object> body) {
        return ResponseEntity.status(type.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
