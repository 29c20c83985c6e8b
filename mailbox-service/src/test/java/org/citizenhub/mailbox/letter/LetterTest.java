package org.citizenhub.mailbox.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.citizenhub.casework.tracking.TrackingNumber;
import org.citizenhub.mailbox.mailbox.LetterCategory;
import org.junit.jupiter.api.Test;

class LetterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final TrackingNumber number = new TrackingNumber("ML20261123000001");

    private static Letter.Writer writer(String id) {
        return new Letter.Writer(id, null, false, ContactChannel.SITE, null, null);
    }

    @Test
    void a_submitted_letter_is_trimmed_and_stamped_with_the_time_in_shanghai() {
        Letter letter = Letter.submit(number, writer("citizen-1"), "MAYOR", "D-GOV-OFFICE", LetterCategory.SUGGESTION, "  路灯不亮 ",
                "\n 人民路的路灯坏了。 ", clock);

        assertThat(letter.title()).isEqualTo("路灯不亮");
        assertThat(letter.body()).isEqualTo("人民路的路灯坏了。");
        assertThat(letter.status()).isEqualTo(LetterStatus.SUBMITTED);
        assertThat(letter.submittedAt().toString()).isEqualTo("2026-11-23T10:00+08:00");
        assertThat(letter.isWrittenBy("citizen-1")).isTrue();
        assertThat(letter.isWrittenBy("citizen-2")).isFalse();
    }

    @Test
    void a_blank_title_or_body_is_refused() {
        assertThatThrownBy(() -> Letter.submit(number, writer("c"), "MAYOR", "D-GOV-OFFICE", LetterCategory.OTHER, "  ", "body", clock))
                .isInstanceOfSatisfying(LetterRuleViolation.class, v -> assertThat(v.code()).isEqualTo("text-required.title"));
        assertThatThrownBy(() -> Letter.submit(number, writer("c"), "MAYOR", "D-GOV-OFFICE", LetterCategory.OTHER, "title", null, clock))
                .isInstanceOfSatisfying(LetterRuleViolation.class, v -> assertThat(v.code()).isEqualTo("text-required.body"));
    }

    @Test
    void the_length_limits_count_characters_not_bytes() {
        String hundredChineseCharacters = "信".repeat(Letter.MAX_TITLE_LENGTH);
        assertThat(Letter.submit(number, writer("c"), "MAYOR", "D-GOV-OFFICE", LetterCategory.OTHER, hundredChineseCharacters, "b", clock)
                .title()).hasSize(100);
        assertThatThrownBy(() -> Letter.submit(number, writer("c"), "MAYOR", "D-GOV-OFFICE", LetterCategory.OTHER,
                hundredChineseCharacters + "信", "b", clock)).isInstanceOfSatisfying(LetterRuleViolation.class,
                v -> assertThat(v.code()).isEqualTo("text-too-long.title"));
    }
}
