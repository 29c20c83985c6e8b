package org.citizenhub.casework.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentSubjectTest {

    @ParameterizedTest
    @ValueSource(strings = {"letter", "consultation-case", "hall-application-2"})
    void a_subject_type_is_lower_case_kebab_case(String type) {
        UUID id = UUID.randomUUID();

        assertThat(AttachmentSubject.of(type, id)).isEqualTo(new AttachmentSubject(type, id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Letter", "letter ", "-case", "case-", "a--b", "letter_case", "信件",
            "abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij"})
    void anything_else_is_refused_before_it_reaches_the_table(String type) {
        assertThatThrownBy(() -> AttachmentSubject.of(type, UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_subject_needs_an_id() {
        assertThatThrownBy(() -> AttachmentSubject.of("letter", null)).isInstanceOf(NullPointerException.class);
    }
}
