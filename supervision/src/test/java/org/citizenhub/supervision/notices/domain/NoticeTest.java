package org.citizenhub.supervision.notices.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A notice's phases and rules without a server: issue, reply, review, rounds, escalation once, the stored story. */
class NoticeTest {

    private static final Instant MONDAY = Instant.parse("2026-11-16T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-19T09:00:00Z");
    private static final Staff SUPERVISOR = new Staff("s1", "督办员", Set.of("supervisor"), null);
    private static final Staff HANDLER = new Staff("h1", "承办人", Set.of("handler"), "D-TRANSPORT");
    private static final Staff HEAD = new Staff("d1", "局长", Set.of("department-head"), "D-TRANSPORT");
    private static final Staff OTHER = new Staff("h2", "他人", Set.of("handler"), "D-ECOLOGY");
    private static final CaseOnNotice CASE = new CaseOnNotice("mailbox", "letter", "42", "ML20261116000042",
            "D-TRANSPORT", "GOV");

    private static Notice issued() {
        return Notice.issue(UUID.randomUUID(), "DB20261116000001", CASE, SUPERVISOR, "请说明延误原因并限期答复", MONDAY,
                DUE);
    }

    @Test
    void a_notice_is_issued_awaiting_the_departments_reply_by_its_deadline() {
        Notice n = issued();
        assertThat(n.phase()).isInstanceOf(NoticePhase.Issued.class);
        assertThat(n.replyDueAt()).contains(DUE);
        assertThat(n.issue().target()).isEqualTo("D-TRANSPORT");
        assertThat(n.issue().actorRole()).isEqualTo("supervisor");
    }

    @Test
    void a_reply_then_its_acceptance_end_the_supervision() {
        Notice replied = issued().reply(HANDLER, "已约谈承办人，三日内答复来信人", MONDAY.plus(Duration.ofDays(1)));
        assertThat(replied.phase()).isEqualTo(new NoticePhase.Replied(1, MONDAY.plus(Duration.ofDays(1)),
                "已约谈承办人，三日内答复来信人", false));
        assertThat(replied.replyDueAt()).isEmpty();
        Notice accepted = replied.accept(SUPERVISOR, null, MONDAY.plus(Duration.ofDays(2)));
        assertThat(accepted.isClosed()).isTrue();
        assertThat(accepted.steps()).extracting(NoticeStep::kind)
                .containsExactly(NoticeStep.Kind.ISSUED, NoticeStep.Kind.REPLIED, NoticeStep.Kind.ACCEPTED);
    }

    @Test
    void a_reply_after_the_deadline_is_marked_late() {
        Notice replied = issued().reply(HEAD, "已整改", DUE.plusSeconds(60));
        assertThat(((NoticePhase.Replied) replied.phase()).late()).isTrue();
        assertThat(replied.lastStep().actorRole()).isEqualTo("department-head");
    }

    @Test
    void a_reply_sent_back_opens_a_second_round_with_a_new_deadline_up_to_the_round_limit() {
        Instant later = DUE.plus(Duration.ofDays(3));
        Notice returned = issued().reply(HANDLER, "已处理", MONDAY.plusSeconds(60))
                .sendBack(SUPERVISOR, "措施不具体，请补充时间表", MONDAY.plusSeconds(120), later, 2);
        assertThat(returned.phase()).isInstanceOf(NoticePhase.Returned.class);
        assertThat(returned.phase().round()).isEqualTo(2);
        assertThat(returned.replyDueAt()).contains(later);
        Notice second = returned.reply(HANDLER, "补充：12月1日前完成", MONDAY.plusSeconds(180));
        assertThatThrownBy(() -> second.sendBack(SUPERVISOR, "再补充", MONDAY.plusSeconds(240), later, 2))
                .isInstanceOfSatisfying(NoticeRefused.class,
                        r -> assertThat(r.rule()).isEqualTo(NoticeRule.ROUND_LIMIT_REACHED));
    }

    @Test
    void nothing_is_reviewed_before_a_reply_and_nothing_is_replied_twice() {
        assertThatThrownBy(() -> issued().accept(SUPERVISOR, null, MONDAY.plusSeconds(60)))
                .isInstanceOfSatisfying(NoticeRefused.class,
                        r -> assertThat(r.rule()).isEqualTo(NoticeRule.NO_REPLY_TO_REVIEW));
        Notice replied = issued().reply(HANDLER, "已处理", MONDAY.plusSeconds(60));
        assertThatThrownBy(() -> replied.reply(HANDLER, "再次答复", MONDAY.plusSeconds(120)))
                .isInstanceOfSatisfying(NoticeRefused.class,
                        r -> assertThat(r.rule()).isEqualTo(NoticeRule.NOT_AWAITING_REPLY));
    }

    @Test
    void an_overdue_notice_escalates_once_and_still_awaits_the_reply() {
        assertThat(issued().escalate(DUE)).as("not before the deadline has passed").isEmpty();
        Notice escalated = issued().escalate(DUE.plusSeconds(1)).orElseThrow();
        assertThat(escalated.phase()).isInstanceOf(NoticePhase.Escalated.class);
        assertThat(escalated.replyDueAt()).contains(DUE);
        assertThat(escalated.escalate(DUE.plus(Duration.ofDays(5)))).as("a notice escalates once").isEmpty();
        Notice replied = escalated.reply(HEAD, "负责人督促整改完毕", DUE.plus(Duration.ofDays(1)));
        assertThat(replied.escalatedAt()).contains(DUE.plusSeconds(1));
        Notice again = replied.sendBack(SUPERVISOR, "请补充", DUE.plus(Duration.ofDays(1)),
                DUE.plus(Duration.ofDays(4)), 3);
        assertThat(again.escalate(DUE.plus(Duration.ofDays(10)))).as("not again in a later round").isEmpty();
    }

    @Test
    void a_notice_restored_from_its_steps_is_the_notice_that_was_stored() {
        Notice original = issued().escalate(DUE.plusSeconds(1)).orElseThrow()
                .reply(HEAD, "已整改", DUE.plusSeconds(60))
                .sendBack(SUPERVISOR, "请补充", DUE.plusSeconds(120), DUE.plus(Duration.ofDays(3)), 3);
        Notice restored = Notice.restore(original.id(), original.number(), CASE, original.steps());
        assertThat(restored.phase()).isEqualTo(original.phase());
        assertThat(restored.escalatedAt()).isEqualTo(original.escalatedAt());
    }

    @Test
    void only_the_noticed_department_answers_and_only_supervisors_in_scope_supervise() {
        Notice n = issued();
        assertThat(NoticePolicies.theNoticedDepartmentAnswers(HANDLER, n).allowed()).isTrue();
        assertThat(NoticePolicies.theNoticedDepartmentAnswers(HEAD, n).allowed()).isTrue();
        assertThat(NoticePolicies.theNoticedDepartmentAnswers(OTHER, n))
                .isInstanceOfSatisfying(Allowance.Rejected.class,
                        r -> assertThat(r.rule()).isEqualTo(NoticeRule.NOT_THE_NOTICED_DEPARTMENT));
        assertThat(NoticePolicies.theNoticedDepartmentAnswers(SUPERVISOR, n).allowed()).isFalse();
        assertThat(NoticePolicies.onlySupervisorsSupervise(HEAD).allowed()).isFalse();
        assertThat(NoticePolicies.supervisorsActWithinTheirScope(false, CASE.label(), "D-TRANSPORT"))
                .isInstanceOfSatisfying(Allowance.Rejected.class,
                        r -> assertThat(r.rule()).isEqualTo(NoticeRule.CASE_OUTSIDE_SCOPE));
    }

    @Test
    void deadlines_texts_and_open_notices_follow_their_rules() {
        assertThat(NoticePolicies.replyWithinWorkingDays(0, 15).allowed()).isFalse();
        assertThat(NoticePolicies.replyWithinWorkingDays(16, 15).allowed()).isFalse();
        assertThat(NoticePolicies.replyWithinWorkingDays(15, 15).allowed()).isTrue();
        assertThat(NoticePolicies.textGiven("  ", 100).allowed()).isFalse();
        assertThat(NoticePolicies.textGiven("x".repeat(101), 100).allowed()).isFalse();
        assertThat(NoticePolicies.oneOpenNoticePerCase("DB20261116000001", CASE.label()).allowed()).isFalse();
        assertThat(NoticePolicies.aCaseNeedsItsHandlingDepartment(null, CASE.label()).allowed()).isFalse();
    }
}
