package org.citizenhub.consultation.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A domain refusal reaches the localized problem detail as the field it names, never as an English sentence. */
class RefusalFieldTest {

    @Test
    void the_detail_names_the_field_of_a_domain_refusal() {
        assertThat(CaseHandling.field(new IllegalArgumentException("title: at most 100 characters"))).isEqualTo("title");
    }

    @Test
    void a_refusal_without_a_field_shows_no_english_text() {
        assertThat(CaseHandling.field(new IllegalArgumentException("A step cannot come before the previous one")))
                .isEqualTo("-");
        assertThat(CaseHandling.field(new IllegalArgumentException())).isEqualTo("-");
    }
}
