package org.citizenhub.identity.calendar;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A period of dates whose {@code to} is not before its {@code from} and that spans at most {@link #maxDays()} days,
 * both ends counted. The violation is reported on {@code to}; messages in ValidationMessages*.properties.
 */
@Documented
@Constraint(validatedBy = DatePeriod.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface DatePeriod {

    String message() default "{org.citizenhub.identity.calendar.DatePeriod.reversed}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int maxDays() default Integer.MAX_VALUE;

    /** What the constraint applies to. */
    interface Dates {
        LocalDate from();

        LocalDate to();
    }

    class Check implements ConstraintValidator<DatePeriod, Dates> {

        private int maxDays;

        @Override
        public void initialize(DatePeriod constraint) {
            maxDays = constraint.maxDays();
        }

        @Override
        public boolean isValid(Dates period, ConstraintValidatorContext context) {
            if (period == null || period.from() == null || period.to() == null) {
                return true;
            }
            String message;
            if (period.to().isBefore(period.from())) {
                message = "{org.citizenhub.identity.calendar.DatePeriod.reversed}";
            } else if (ChronoUnit.DAYS.between(period.from(), period.to()) + 1 > maxDays) {
                message = "{org.citizenhub.identity.calendar.DatePeriod.too-long}";
            } else {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode("to").addConstraintViolation();
            return false;
        }
    }
}
