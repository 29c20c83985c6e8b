package org.citizenhub.web.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.FieldViolation;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.problem.ProblemDocuments;
import org.citizenhub.web.problem.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every exception that leaves a controller with a problem document: Spring MVC's own exceptions,
 * bean validation (with localized {@code errors}), {@link HubProblem}, optimistic locking conflicts, and anything
 * else as a 500 that never shows the exception's message or stack trace (those go to the log, with the request
 * id). Lowest precedence, so a service's own advice for a specific exception wins.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class HubExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(HubExceptionHandler.class);

    private static final List<String> CONFLICT_EXCEPTIONS = List.of(
            "org.springframework.dao.OptimisticLockingFailureException",
            "org.springframework.dao.DuplicateKeyException",
            "jakarta.persistence.OptimisticLockException");
    private static final List<String> SECURITY_EXCEPTIONS = List.of(
            "org.springframework.security.access.AccessDeniedException",
            "org.springframework.security.core.AuthenticationException",
            "org.springframework.security.authorization.AuthorizationDeniedException");
    private static final String CONSTRAINT_VIOLATION = "jakarta.validation.ConstraintViolationException";

    private final ProblemDocuments documents;

    public HubExceptionHandler(ProblemDocuments documents) {
        this.documents = documents;
    }

    @ExceptionHandler(HubProblem.class)
    public ResponseEntity<Object> handleHubProblem(HubProblem problem, WebRequest request) {
        if (problem.type().status() >= 500) {
            log.error("Request failed with {} [requestId={}]", problem.type().slug(), requestId(request), problem);
        } else {
            log.debug("Request answered with {}", problem.type().slug());
        }
        return problem(problem.type(), problem.type().status(), new HttpHeaders(), List.of(), request,
                problem.args());
    }

    /**
     * Everything no other handler claims. Spring Security's exceptions are rethrown so its filter chain answers
     * them (401 with WWW-Authenticate for anonymous callers, 403 otherwise).
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleAny(Exception ex, WebRequest request) throws Exception {
        if (isA(ex, SECURITY_EXCEPTIONS)) {
            throw ex;
        }
        if (PayloadTooLargeException.isCauseOf(ex)) {
            return problem(CommonProblem.PAYLOAD_TOO_LARGE, 413, new HttpHeaders(), List.of(), request);
        }
        if (isA(ex, CONFLICT_EXCEPTIONS)) {
            log.info("Conflicting update: {}", ex.toString());
            return problem(CommonProblem.CONFLICT, 409, new HttpHeaders(), List.of(), request);
        }
        if (isA(ex, List.of(CONSTRAINT_VIOLATION))) {
            return problem(CommonProblem.VALIDATION_FAILED, 400, new HttpHeaders(),
                    ConstraintViolations.of(ex), request);
        }
        log.error("Unhandled exception, answered with 500 internal-error [requestId={}]", requestId(request), ex);
        return problem(CommonProblem.INTERNAL_ERROR, 500, new HttpHeaders(), List.of(), request);
    }

    /** Every Spring MVC exception handled by the superclass ends up here. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (ex instanceof MethodArgumentNotValidException invalid) {
            return problem(CommonProblem.VALIDATION_FAILED, 400, headers, violations(invalid.getBindingResult()),
                    request);
        }
        if (ex instanceof HandlerMethodValidationException invalid) {
            return problem(CommonProblem.VALIDATION_FAILED, 400, headers, violations(invalid), request);
        }
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            return PayloadTooLargeException.isCauseOf(unreadable)
                    ? problem(CommonProblem.PAYLOAD_TOO_LARGE, 413, headers, List.of(), request)
                    : problem(CommonProblem.MALFORMED_JSON, 400, headers, List.of(), request);
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return problem(CommonProblem.UNSUPPORTED_MEDIA_TYPE, 415, headers, List.of(), request);
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return problem(CommonProblem.METHOD_NOT_ALLOWED, 405, headers, List.of(), request);
        }
        if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
            return problem(CommonProblem.NOT_FOUND, 404, headers, List.of(), request);
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return problem(CommonProblem.PAYLOAD_TOO_LARGE, 413, headers, List.of(), request);
        }
        if (ex instanceof AsyncRequestTimeoutException) {
            return problem(CommonProblem.SERVICE_UNAVAILABLE, 503, headers, List.of(), request);
        }
        int status = statusCode.value();
        if (status >= 500) {
            log.error("Request failed with status {} [requestId={}]", status, requestId(request), ex);
        }
        return problem(CommonProblem.forStatus(status), status, headers, List.of(), request);
    }

    private ResponseEntity<Object> problem(ProblemType type, int status, HttpHeaders headers,
                                           List<FieldViolation> errors, WebRequest request, Object... args) {
        HttpServletRequest servletRequest = null;
        if (request instanceof ServletWebRequest servlet) {
            HttpServletResponse response = servlet.getResponse();
            if (response != null && response.isCommitted()) {
                return null;
            }
            servletRequest = servlet.getRequest();
        }
        Locale locale = LocaleContextHolder.getLocale();
        String instance = servletRequest != null ? servletRequest.getRequestURI() : null;
        String requestId = servletRequest != null ? ServletProblemWriter.requestId(servletRequest) : null;
        Map<String, Object> body = documents.create(type, status, locale, instance, requestId, errors, args);
        HttpHeaders responseHeaders = new HttpHeaders();
        responseHeaders.addAll(headers);
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(responseHeaders).body(body);
    }

    private List<FieldViolation> violations(Errors result) {
        List<FieldViolation> violations = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            violations.add(new FieldViolation(error.getField(), message(error)));
        }
        for (ObjectError error : result.getGlobalErrors()) {
            violations.add(new FieldViolation(error.getObjectName(), message(error)));
        }
        return violations;
    }

    private List<FieldViolation> violations(HandlerMethodValidationException invalid) {
        List<FieldViolation> violations = new ArrayList<>();
        for (ParameterValidationResult result : invalid.getParameterValidationResults()) {
            if (result instanceof ParameterErrors errors) {
                violations.addAll(violations(errors));
                continue;
            }
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                violations.add(new FieldViolation(name, message(error)));
            }
        }
        return violations;
    }

    private String message(MessageSourceResolvable error) {
        Locale locale = LocaleContextHolder.getLocale();
        MessageSource messageSource = getMessageSource();
        if (messageSource != null) {
            try {
                return messageSource.getMessage(error, locale);
            } catch (RuntimeException unresolvable) {
                // fall back to the validator's (already localized) default message
            }
        }
        return error.getDefaultMessage();
    }

    private static String requestId(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? ServletProblemWriter.requestId(servlet.getRequest()) : null;
    }

    private static boolean isA(Throwable ex, List<String> classNames) {
        for (Class<?> type = ex.getClass(); type != null; type = type.getSuperclass()) {
            if (classNames.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }
}
