package org.citizenhub.audit.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.OffsetDateTime;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The period an administrator filters the log by: {@code to} must not lie before {@code from}. Refused as a
 * validation failure on {@code to} (400, problem type validation-failed); the messages are in
 * ContributorValidationMessages*.properties, which Hibernate Validator reads from every library.
 */
@AuditPeriod.Ordered
record AuditPeriod(OffsetDateTime from, OffsetDateTime to) {

    static final String REVERSED = "{org.citizenhub.audit.period.reversed}";

    @Documented
    @Constraint(validatedBy = Check.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Ordered {

        String message() default REVERSED;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static class Check implements ConstraintValidator<Ordered, AuditPeriod> {

        @Override
        public boolean isValid(AuditPeriod period, ConstraintValidatorContext context) {
            if (period == null || period.from() == null || period.to() == null || !period.to().isBefore(period.from())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(REVERSED).addPropertyNode("to").addConstraintViolation();
            return false;
        }
    }
}
