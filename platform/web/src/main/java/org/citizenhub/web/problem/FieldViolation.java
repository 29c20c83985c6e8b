package org.citizenhub.web.problem;

/** One entry of a problem document's {@code errors}: which field is wrong and what to do about it. */
public record FieldViolation(String field, String message) {
}
