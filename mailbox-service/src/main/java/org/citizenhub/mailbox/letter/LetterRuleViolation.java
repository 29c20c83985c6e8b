package org.citizenhub.mailbox.letter;

import java.util.Locale;

/**
 * A named rule of the letter workflow refused a step. The rule's code reaches the problem detail, where it is
 * worded in the request's language (zh-CN or en, keys {@code problem.invalid-letter-step.reason.<code>.detail});
 * never an English exception message inside Chinese text.
 */
public final class LetterRuleViolation extends RuntimeException {

    /** The rules; the arguments of each are documented with its message. */
    public enum Rule {
        /** A required text is missing; the code names the field, e.g. {@code text-required.question}. */
        TEXT_REQUIRED,
        /** A text is over its limit: {0} the limit in characters; the code names the field. */
        TEXT_TOO_LONG,
        /** A department code is 2–40 upper-case letters, digits or '-'. */
        DEPARTMENT_CODE_MALFORMED,
        /** A transfer goes to another department than the one handling the letter: {0} department. */
        TRANSFER_TO_SAME_DEPARTMENT,
        /** A letter is merged into another letter of the same mailbox. */
        MERGE_TARGET_NOT_ELIGIBLE,
        /** An extension is 1 to {0} working days. */
        EXTENSION_OUT_OF_RANGE,
        /** A reply sent back by the reviewer carries a comment. */
        SEND_BACK_NEEDS_COMMENT,
        /** The writer's name is longer than {0} characters. */
        CONTACT_NAME_TOO_LONG,
        /** The e-mail address is not one. */
        EMAIL_MALFORMED,
        /** The phone number is not a mainland mobile number. */
        PHONE_MALFORMED,
        /** An answer by e-mail needs an e-mail address. */
        EMAIL_REQUIRED,
        /** An answer by SMS needs a mobile number. */
        PHONE_REQUIRED;

        /** The kebab-case code in message keys, e.g. {@code text-too-long}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Rule rule;
    private final String field;
    private final transient Object[] args;

    public LetterRuleViolation(Rule rule, Object... args) {
        this(rule, null, args);
    }

    private LetterRuleViolation(Rule rule, String field, Object... args) {
        super(field == null ? rule.code() : rule.code() + "." + field);
        this.rule = rule;
        this.field = field;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** A text rule about one field (question, reason, comment...). */
    public static LetterRuleViolation ofText(Rule rule, String field, Object... args) {
        return new LetterRuleViolation(rule, field, args);
    }

    public Rule rule() {
        return rule;
    }

    /** The message code: the rule's, and for a text rule the field's, e.g. {@code text-too-long.question}. */
    public String code() {
        return getMessage();
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
