package org.citizenhub.mailbox.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.citizenhub.mailbox.problem.MailboxProblem;
import org.citizenhub.web.problem.ProblemMessages;
import org.citizenhub.web.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** Every named rule's refusal is worded in Chinese and in English, so no raw code or English leaks into zh. */
class LetterRuleMessagesTest {

    private static final List<String> TEXT_FIELDS = List.of("note", "explanation", "reason", "question", "supplement",
            "comment", "reply", "title", "body");
    private static final List<LetterRuleViolation.Rule> CONTACT_RULES = List.of(
            LetterRuleViolation.Rule.CONTACT_NAME_TOO_LONG, LetterRuleViolation.Rule.EMAIL_MALFORMED,
            LetterRuleViolation.Rule.PHONE_MALFORMED, LetterRuleViolation.Rule.EMAIL_REQUIRED,
            LetterRuleViolation.Rule.PHONE_REQUIRED);
    private final ProblemMessages messages = ProblemMessages.defaults();

    @Test
    void every_rule_has_a_reason_in_chinese_and_in_english() {
        for (LetterRuleViolation.Rule rule : LetterRuleViolation.Rule.values()) {
            boolean text = rule == LetterRuleViolation.Rule.TEXT_REQUIRED || rule == LetterRuleViolation.Rule.TEXT_TOO_LONG;
            MailboxProblem problem = CONTACT_RULES.contains(rule) ? MailboxProblem.INVALID_CONTACT
                    : MailboxProblem.INVALID_LETTER_STEP;
            for (String code : text ? TEXT_FIELDS.stream().map(f -> rule.code() + "." + f).toList()
                    : List.of(rule.code())) {
                assertWorded(problem.because(code));
            }
        }
        assertWorded(MailboxProblem.INVALID_LETTER_STEP.because("invalid-input"));
    }

    @Test
    void the_chinese_reason_carries_the_limit_and_no_english() {
        ProblemType tooLong = MailboxProblem.INVALID_LETTER_STEP.because("text-too-long.question");

        assertThat(messages.detail(tooLong, Locale.SIMPLIFIED_CHINESE, 1000)).isEqualTo("需要来信人补充的问题不能超过 1,000 个字。");
        assertThat(messages.detail(tooLong, Locale.ENGLISH, 1000))
                .isEqualTo("The question to the writer may be at most 1,000 characters long.");
    }

    private void assertWorded(ProblemType type) {
        assertThat(messages.hasDetail(type, Locale.SIMPLIFIED_CHINESE)).as(type.detailKey() + " zh").isTrue();
        assertThat(messages.hasDetail(type, Locale.ENGLISH)).as(type.detailKey() + " en").isTrue();
        String zh = messages.detail(type, Locale.SIMPLIFIED_CHINESE, "X", 1);
        assertThat(zh).as(type.detailKey()).doesNotContainPattern("[A-Za-z]{4,}");
        // the English bundle falls back to the Chinese root bundle; a missing English text shows as Chinese
        assertThat(messages.detail(type, Locale.ENGLISH, "X", 1)).as(type.detailKey() + " en").isNotEqualTo(zh);
    }
}
