package org.citizenhub.mailbox.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citizenhub.casework.attachments.AttachmentProblem;
import org.citizenhub.web.problem.ProblemLocales;
import org.citizenhub.web.problem.ProblemMessages;
import org.junit.jupiter.api.Test;

class AttachmentProblemsTest {

    private static final List<AttachmentProblem> ATTACHMENT_PROBLEMS = List.of(
            AttachmentProblem.ATTACHMENT_EMPTY, AttachmentProblem.ATTACHMENT_TOO_LARGE,
            AttachmentProblem.ATTACHMENT_TYPE_NOT_ALLOWED, AttachmentProblem.ATTACHMENT_NOT_FOUND,
            AttachmentProblem.TOO_MANY_ATTACHMENTS, AttachmentProblem.TOO_MANY_UNCLAIMED_ATTACHMENTS);

    @Test
    void every_attachment_problem_has_a_chinese_and_an_english_title_and_detail() {
        var messages = ProblemMessages.defaults();
        for (AttachmentProblem problem : ATTACHMENT_PROBLEMS) {
            for (var locale : List.of(ProblemLocales.DEFAULT, ProblemLocales.ENGLISH)) {
                assertThat(messages.hasTitle(problem, locale)).as(problem + " title " + locale).isTrue();
                assertThat(messages.hasDetail(problem, locale)).as(problem + " detail " + locale).isTrue();
            }
        }
    }

    @Test
    void slugs_and_statuses_are_the_published_ones() {
        assertThat(ATTACHMENT_PROBLEMS).extracting(AttachmentProblem::slug).containsExactly(
                "attachment-empty", "attachment-too-large", "attachment-type-not-allowed", "attachment-not-found",
                "too-many-attachments", "too-many-unclaimed-attachments");
        assertThat(ATTACHMENT_PROBLEMS).extracting(AttachmentProblem::status).containsExactly(400, 413, 415, 400, 400, 429);
    }

    @Test
    void details_name_the_configured_limits() {
        var messages = ProblemMessages.defaults();

        assertThat(messages.detail(AttachmentProblem.ATTACHMENT_TOO_LARGE, ProblemLocales.DEFAULT, "5 MB")).contains("5 MB");
        assertThat(messages.detail(AttachmentProblem.TOO_MANY_UNCLAIMED_ATTACHMENTS, ProblemLocales.ENGLISH, 20, 24L))
                .contains("20").contains("24 hours");
    }

    @Test
    void the_mailbox_keeps_its_letter_wording_over_the_librarys_general_one() {
        var messages = ProblemMessages.defaults();

        assertThat(messages.detail(AttachmentProblem.TOO_MANY_ATTACHMENTS, ProblemLocales.DEFAULT, 5))
                .isEqualTo("每封信最多可附 5 个文件。");
        assertThat(messages.detail(AttachmentProblem.TOO_MANY_ATTACHMENTS, ProblemLocales.ENGLISH, 5))
                .isEqualTo("A letter may carry at most 5 files.");
        assertThat(messages.detail(AttachmentProblem.ATTACHMENT_NOT_FOUND, ProblemLocales.DEFAULT, "x"))
                .contains("其他信件");
    }
}
