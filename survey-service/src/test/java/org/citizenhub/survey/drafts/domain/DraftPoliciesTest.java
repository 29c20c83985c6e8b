package org.citizenhub.survey.drafts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DraftPoliciesTest {

    private static final Instant OPENS = Instant.parse("2026-11-16T01:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-11-20T09:00:00Z");

    private static Draft draft() {
        return new Draft("ZJ20261116000001", "办法", "D-TRANSPORT", "GOV", OPENS, CLOSES,
                List.of(new Draft.Chapter("总则", List.of("第一条", "第二条")), new Draft.Chapter("附则", List.of("第三条"))));
    }

    private static DraftRule refusal(Runnable step) {
        try {
            step.run();
        } catch (DraftRefused r) {
            return r.rule();
        }
        return null;
    }

    @Test
    void a_comment_names_an_existing_article_or_the_whole_text_and_comes_while_the_draft_is_open() {
        var d = draft();
        Instant during = OPENS.plusSeconds(60);
        d.requireCommentable("2.1", during);
        d.requireCommentable(null, during);
        assertThat(refusal(() -> d.requireCommentable("2.2", during))).isEqualTo(DraftRule.UNKNOWN_ARTICLE);
        assertThat(refusal(() -> d.requireCommentable("x", during))).isEqualTo(DraftRule.UNKNOWN_ARTICLE);
        assertThat(refusal(() -> d.requireCommentable(null, CLOSES))).isEqualTo(DraftRule.DRAFT_NOT_OPEN);
        assertThat(refusal(() -> d.requireCommentable(null, OPENS.minusSeconds(1)))).isEqualTo(DraftRule.DRAFT_NOT_OPEN);
    }

    @Test
    void a_draft_closes_after_it_opens_and_has_articles() {
        assertThatThrownBy(() -> new Draft("ZJ1", "t", "D", null, CLOSES, OPENS,
                List.of(new Draft.Chapter("c", List.of("a"))))).isInstanceOf(DraftRefused.class);
        assertThatThrownBy(() -> new Draft("ZJ1", "t", "D", null, OPENS, CLOSES,
                List.of(new Draft.Chapter("c", List.of())))).isInstanceOf(DraftRefused.class);
    }

    @Test
    void feedback_comes_once_after_closing_and_a_group_not_fully_adopted_gives_its_reason() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        var adopted = new Feedback.Group("g1", null, Feedback.Outcome.ADOPTED, null, List.of(a));
        var notAdopted = new Feedback.Group("g2", null, Feedback.Outcome.NOT_ADOPTED, " ", List.of(b));
        var reasoned = new Feedback.Group("g2", null, Feedback.Outcome.NOT_ADOPTED, "上位法另有规定", List.of(b));
        Set<UUID> approved = Set.of(a, b);
        assertThat(refusal(() -> Feedback.publish(draft(), false, 2, List.of(adopted), approved, OPENS)))
                .isEqualTo(DraftRule.DRAFT_NOT_CLOSED);
        assertThat(refusal(() -> Feedback.publish(draft(), true, 2, List.of(adopted), approved, CLOSES)))
                .isEqualTo(DraftRule.FEEDBACK_ALREADY_PUBLISHED);
        assertThat(refusal(() -> Feedback.publish(draft(), false, 2, List.of(adopted, notAdopted), approved, CLOSES)))
                .isEqualTo(DraftRule.INVALID_FEEDBACK);
        assertThat(refusal(() -> Feedback.publish(draft(), false, 2, List.of(adopted, adopted), approved, CLOSES)))
                .isEqualTo(DraftRule.INVALID_FEEDBACK);
        assertThat(refusal(() -> Feedback.publish(draft(), false, 2,
                List.of(new Feedback.Group("g", null, Feedback.Outcome.ADOPTED, null, List.of(UUID.randomUUID()))),
                approved, CLOSES))).isEqualTo(DraftRule.INVALID_FEEDBACK);
        var published = Feedback.publish(draft(), false, 2, List.of(adopted, reasoned), approved, CLOSES);
        assertThat(published.groups()).hasSize(2);
        assertThat(published.received()).isEqualTo(2);
    }
}
