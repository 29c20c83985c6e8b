package org.citizenhub.casework.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SubmissionProblemTest {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @ParameterizedTest
    @EnumSource(SubmissionProblem.class)
    void every_refusal_has_a_title_and_a_detail_in_chinese_and_english(SubmissionProblem problem) {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(problem.messageBundle(), locale, NO_FALLBACK);
            assertThat(bundle.getString(problem.titleKey())).as(locale + " title").isNotBlank();
            assertThat(bundle.getString(problem.detailKey())).as(locale + " detail").isNotBlank();
        }
        assertThat(ResourceBundle.getBundle(problem.messageBundle(), Locale.SIMPLIFIED_CHINESE, NO_FALLBACK)
                .getString(problem.titleKey())).matches(".*\\p{IsHan}.*");
    }
}
