package org.citizenhub.consultation.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.citizenhub.casework.actor.Actor;
import org.junit.jupiter.api.Test;

class FaqEntryTest {

    private static final Instant AT = Instant.parse("2026-10-09T02:00:00Z");
    private final Actor author = new Actor("h-1", "编辑", Actor.Role.HANDLER, "D-EDUCATION");
    private final Actor reviewer = new Actor("r-1", "审核员", Actor.Role.REVIEWER, null);

    private FaqEntry submitted() {
        var e = FaqEntry.draft(UUID.randomUUID(), author, new FaqEntry.Content("GENERAL", "标题", "问题", "答案"), AT);
        e.submitForReview(author);
        return e;
    }

    @Test
    void a_reviewer_publishes_an_entry_submitted_for_review() {
        var e = submitted();
        e.approve(reviewer, null, AT);
        assertThat(e.state().status()).isEqualTo(FaqEntry.Status.PUBLISHED);
        assertThat(e.state().publishedAt()).isEqualTo(AT);
    }

    @Test
    void the_author_never_reviews_their_own_entry_even_as_a_reviewer() {
        var e = submitted();
        var authorAsReviewer = new Actor("h-1", "编辑", Actor.Role.REVIEWER, null);
        assertThatThrownBy(() -> e.approve(authorAsReviewer, null, AT)).isInstanceOf(KnowledgeRefusal.class)
                .extracting(x -> ((KnowledgeRefusal) x).problem())
                .isEqualTo(KnowledgeProblem.FAQ_REVIEWED_BY_A_REVIEWER_OTHER_THAN_THE_AUTHOR);
        assertThatThrownBy(() -> e.approve(author, null, AT)).isInstanceOf(KnowledgeRefusal.class);
    }

    @Test
    void a_sent_back_entry_is_a_draft_again_with_the_reason_and_a_published_one_is_withdrawn_not_edited() {
        var e = submitted();
        e.sendBack(reviewer, "请补充网址", AT);
        assertThat(e.state().status()).isEqualTo(FaqEntry.Status.DRAFT);
        assertThat(e.state().review().comment()).isEqualTo("请补充网址");
        e.submitForReview(author);
        e.approve(reviewer, "同意", AT);
        assertThatThrownBy(() -> e.edit(author, new FaqEntry.Content("GENERAL", "t", "q", "a"), AT))
                .isInstanceOf(KnowledgeRefusal.class);
        e.withdraw(author);
        assertThat(e.state().status()).isEqualTo(FaqEntry.Status.WITHDRAWN);
    }

    @Test
    void a_sending_back_needs_its_reason() {
        var e = submitted();
        assertThatThrownBy(() -> e.sendBack(reviewer, " ", AT)).isInstanceOf(IllegalArgumentException.class);
    }
}
