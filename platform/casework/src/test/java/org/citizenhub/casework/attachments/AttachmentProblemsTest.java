package org.citizenhub.casework.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citizenhub.web.problem.ProblemLocales;
import org.citizenhub.web.problem.ProblemMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AttachmentProblemsTest {

    private final ProblemMessages messages = ProblemMessages.defaults();

    @ParameterizedTest
    @EnumSource(AttachmentProblem.class)
    void every_attachment_problem_has_a_chinese_and_an_english_title_and_detail_in_the_library(AttachmentProblem problem) {
        for (var locale : List.of(ProblemLocales.DEFAULT, ProblemLocales.ENGLISH)) {
            assertThat(messages.hasTitle(problem, locale)).as(problem + " title " + locale).isTrue();
            assertThat(messages.hasDetail(problem, locale)).as(problem + " detail " + locale).isTrue();
        }
        assertThat(messages.title(problem, ProblemLocales.DEFAULT))
                .isNotEqualTo(messages.title(problem, ProblemLocales.ENGLISH));
    }

    @Test
    void slugs_and_statuses_are_the_ones_the_mailbox_published() {
        assertThat(AttachmentProblem.values()).extracting(AttachmentProblem::slug).containsExactly(
                "attachment-empty", "attachment-too-large", "attachment-type-not-allowed", "attachment-not-found",
                "too-many-attachments", "too-many-unclaimed-attachments");
        assertThat(AttachmentProblem.values()).extracting(AttachmentProblem::status)
                .containsExactly(400, 413, 415, 400, 400, 429);
        assertThat(AttachmentProblem.ATTACHMENT_NOT_FOUND.type())
                .hasToString("https://citizenhub.example/problems/attachment-not-found");
    }

    @Test
    void details_name_the_configured_limits_in_words_for_any_case() {
        assertThat(messages.detail(AttachmentProblem.ATTACHMENT_TOO_LARGE, ProblemLocales.DEFAULT, "5 MB"))
                .contains("5 MB");
        assertThat(messages.detail(AttachmentProblem.TOO_MANY_ATTACHMENTS, ProblemLocales.DEFAULT, 5))
                .contains("5").doesNotContain("信件");
        assertThat(messages.detail(AttachmentProblem.TOO_MANY_UNCLAIMED_ATTACHMENTS, ProblemLocales.ENGLISH, 20, 24L))
                .contains("20").contains("24 hours").doesNotContain("letter");
    }
}
