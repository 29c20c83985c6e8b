package org.citizenhub.mailbox.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.citizenhub.calendar.BundledNotices;
import org.citizenhub.calendar.CountingPolicy;
import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.DeadlineRule;
import org.citizenhub.calendar.DeadlineStatus;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.tracking.TrackingNumber;
import org.citizenhub.mailbox.letter.LetterChange.Action;
import org.citizenhub.mailbox.mailbox.LetterCategory;
import org.junit.jupiter.api.Test;

/** The handling workflow as the aggregate decides it, with the real 2026 calendar (Spring Festival 15–23 Feb). */
class LetterWorkflowTest {

    private static final WorkingTime TIME = new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT);
    private static final DeadlineRule FIFTEEN_DAYS = new DeadlineRule("letter-reply", 15, 3);
    private static final java.util.function.Function<Letter, Letter.PublishedText> MASKING =
            letter -> new Letter.PublishedText("【" + letter.title() + "】", letter.body(), letter.state().reply().text());

    private final Actor writer = new Actor("citizen-1", "张三", Actor.Role.CITIZEN, null);
    private final Actor office = new Actor("office-1", "市政府办公室 王五", Actor.Role.HANDLER, "D-GOV-OFFICE");
    private final Actor handler = new Actor("handler-1", "交通局 李四", Actor.Role.HANDLER, "D-TRANSPORT");
    private final Actor otherHandler = new Actor("handler-2", "环保局 赵六", Actor.Role.HANDLER, "D-ENVIRONMENT");
    private final Actor reviewer = new Actor("reviewer-1", "审核员", Actor.Role.REVIEWER, null);
    private final Actor supervisor = new Actor("supervisor-1", "督办员", Actor.Role.SUPERVISOR, null);

    private Letter letter(boolean agreesToPublication) {
        Clock clock = Clock.fixed(at("2026-02-12T10:00"), ZoneId.of("Asia/Shanghai"));
        return Letter.submit(new TrackingNumber("ML20260212000001"),
                new Letter.Writer(writer.id(), "张三", agreesToPublication, ContactChannel.SITE, null, null),
                "MAYOR", "D-GOV-OFFICE", LetterCategory.COMPLAINT, "公交站牌损坏", "人民路公交站牌被撞坏。", clock);
    }

    @Test
    void a_letter_accepted_on_the_eve_of_spring_festival_is_due_fifteen_working_days_later_after_the_holiday() {
        Letter letter = letter(true);

        letter.accept(office, null, FIFTEEN_DAYS, TIME, at("2026-02-13T10:00"));

        // 14 Feb (worked Saturday), 24–27 Feb, 28 Feb (worked Saturday), 2–6 Mar, 9–12 Mar: the 15th is Thu 12 Mar
        assertThat(letter.state().deadline().dueAt()).isEqualTo(at("2026-03-12T17:00"));
        assertThat(letter.status()).isEqualTo(LetterStatus.ACCEPTED);
    }

    @Test
    void the_whole_happy_path_records_every_step_in_order() {
        Letter letter = letter(true);
        letter.accept(office, "受理", FIFTEEN_DAYS, TIME, at("2026-02-13T10:00"));
        letter.assign(office, "D-TRANSPORT", false, at("2026-02-13T11:00"));
        letter.draftReply(handler, "已安排维修，预计三日内完成。", at("2026-02-24T10:00"));
        letter.approveReply(reviewer, true, MASKING, at("2026-02-24T15:00"), TIME);
        letter.rate(writer, Rating.SATISFIED, "很快", false, FIFTEEN_DAYS, TIME, at("2026-02-25T09:00"));

        assertThat(letter.status()).isEqualTo(LetterStatus.CLOSED);
        assertThat(letter.isPublished()).isTrue();
        assertThat(letter.state().deadline().status(at("2026-02-25T09:00"), TIME)).isEqualTo(DeadlineStatus.MET);
        assertThat(letter.changes()).extracting(LetterChange::action).containsExactly(Action.SUBMITTED,
                Action.ACCEPTED, Action.ASSIGNED, Action.REPLY_DRAFTED, Action.REPLIED, Action.PUBLISHED,
                Action.RATED, Action.CLOSED);
        assertThat(letter.changes()).extracting(LetterChange::to).containsExactly(LetterStatus.SUBMITTED,
                LetterStatus.ACCEPTED, LetterStatus.ASSIGNED, LetterStatus.IN_REVIEW, LetterStatus.ANSWERED,
                LetterStatus.ANSWERED, LetterStatus.ANSWERED, LetterStatus.CLOSED);
    }

    @Test
    void a_reply_is_never_published_when_the_writer_did_not_agree() {
        Letter letter = answered(false, true);
        assertThat(letter.isPublished()).isFalse();
        assertThat(letter.changes()).extracting(LetterChange::action).doesNotContain(Action.PUBLISHED);
    }

    @Test
    void a_reply_is_not_published_when_the_reviewer_does_not_allow_it() {
        assertThat(answered(true, false).isPublished()).isFalse();
    }

    @Test
    void a_reply_sent_back_by_the_reviewer_returns_to_the_handler_with_the_comment() {
        Letter letter = assigned();
        letter.draftReply(handler, "已处理。", at("2026-02-24T10:00"));
        letter.sendBackReply(reviewer, "答复过于简略，请说明处理结果和时间。", at("2026-02-24T11:00"));

        assertThat(letter.status()).isEqualTo(LetterStatus.ASSIGNED);
        assertThat(letter.state().reviewComment()).contains("过于简略");
    }

    @Test
    void nobody_reviews_their_own_reply() {
        Letter letter = assigned();
        letter.draftReply(handler, "已处理。", at("2026-02-24T10:00"));
        Actor handlerAsReviewer = new Actor(handler.id(), handler.name(), Actor.Role.REVIEWER, null);
        assertThatThrownBy(() -> letter.approveReply(handlerAsReviewer, true, MASKING, at("2026-02-24T11:00"), TIME))
                .isInstanceOf(LetterAccessDenied.class);
    }

    @Test
    void a_handler_of_another_department_can_neither_reply_nor_transfer() {
        Letter letter = assigned();
        assertThatThrownBy(() -> letter.draftReply(otherHandler, "x", at("2026-02-24T10:00")))
                .isInstanceOf(LetterAccessDenied.class);
        assertThatThrownBy(() -> letter.transfer(otherHandler, "D-ENVIRONMENT", "x", at("2026-02-24T10:00")))
                .isInstanceOf(LetterAccessDenied.class);
    }

    @Test
    void only_the_mailbox_office_screens() {
        Letter letter = letter(true);
        assertThatThrownBy(() -> letter.accept(handler, null, FIFTEEN_DAYS, TIME, at("2026-02-13T10:00")))
                .isInstanceOf(LetterAccessDenied.class);
        assertThatThrownBy(() -> letter.accept(reviewer, null, FIFTEEN_DAYS, TIME, at("2026-02-13T10:00")))
                .isInstanceOf(LetterAccessDenied.class);
    }

    @Test
    void a_letter_not_accepted_tells_the_reason_and_allows_nothing_more() {
        Letter letter = letter(true);
        letter.notAccept(office, NotAcceptedReason.OUT_OF_SCOPE, "该事项已进入诉讼程序，请通过法院途径解决。",
                at("2026-02-13T10:00"));

        assertThat(letter.status()).isEqualTo(LetterStatus.NOT_ACCEPTED);
        assertThat(letter.state().screeningNote()).contains("诉讼");
        assertThatThrownBy(() -> letter.accept(office, null, FIFTEEN_DAYS, TIME, at("2026-02-13T11:00")))
                .isInstanceOf(LetterStateException.class);
    }

    @Test
    void a_duplicate_is_merged_into_the_earlier_letter() {
        Letter earlier = letter(true);
        Clock clock = Clock.fixed(at("2026-02-12T11:00"), ZoneId.of("Asia/Shanghai"));
        Letter duplicate = Letter.submit(new TrackingNumber("ML20260212000002"),
                new Letter.Writer("citizen-2", null, false, ContactChannel.SITE, null, null), "MAYOR", "D-GOV-OFFICE",
                LetterCategory.COMPLAINT, "公交站牌", "同一站牌。", clock);

        duplicate.mergeInto(office, earlier, at("2026-02-13T10:00"));

        assertThat(duplicate.status()).isEqualTo(LetterStatus.MERGED);
        assertThat(duplicate.state().mergedInto()).isEqualTo("ML20260212000001");
        assertThat(duplicate.changes().getLast().action().event()).isEqualTo("rejected");
    }

    @Test
    void a_transfer_moves_the_letter_and_keeps_the_deadline_running() {
        Letter letter = assigned();
        Instant due = letter.state().deadline().dueAt();

        letter.transfer(handler, "D-ENVIRONMENT", "属于环保局职责", at("2026-02-24T10:00"));

        assertThat(letter.state().department()).isEqualTo("D-ENVIRONMENT");
        assertThat(letter.state().deadline().dueAt()).isEqualTo(due);
        assertThat(letter.state().deadline().state()).isEqualTo(DeadlineClock.State.RUNNING);
        assertThatThrownBy(() -> letter.draftReply(handler, "x", at("2026-02-24T11:00")))
                .isInstanceOf(LetterAccessDenied.class);
    }

    @Test
    void asking_the_citizen_for_more_pauses_the_deadline_until_they_answer() {
        Letter letter = assigned();
        letter.requestInformation(handler, "请提供站牌的具体位置照片。", at("2026-02-13T16:00"), TIME);
        assertThat(letter.status()).isEqualTo(LetterStatus.AWAITING_CITIZEN);
        assertThat(letter.state().deadline().state()).isEqualTo(DeadlineClock.State.PAUSED);

        letter.supplyInformation(writer, "在人民路与解放路交叉口东侧。", at("2026-02-26T09:00"), TIME);

        assertThat(letter.status()).isEqualTo(LetterStatus.ASSIGNED);
        // 15 working days + 1 hour were left at 13 Feb 16:00; from 26 Feb 09:00 that ends on 18 Mar at 10:00
        assertThat(letter.state().deadline().dueAt()).isEqualTo(at("2026-03-18T10:00"));
        assertThatThrownBy(() -> letter.supplyInformation(writer, "again", at("2026-02-26T10:00"), TIME))
                .isInstanceOf(LetterStateException.class);
    }

    @Test
    void an_extension_counts_only_once_a_supervisor_approves_it() {
        Letter letter = assigned();
        Instant due = letter.state().deadline().dueAt();
        letter.requestExtension(handler, 5, "需要现场勘查", at("2026-03-02T10:00"));
        assertThat(letter.state().deadline().dueAt()).isEqualTo(due);
        assertThatThrownBy(() -> letter.decideExtension(handler, true, null, at("2026-03-02T11:00"), TIME))
                .isInstanceOf(LetterAccessDenied.class);

        letter.decideExtension(supervisor, true, "同意", at("2026-03-02T11:00"), TIME);

        assertThat(letter.state().deadline().dueAt()).isEqualTo(at("2026-03-19T17:00"));
        assertThat(letter.state().pendingExtension()).isNull();
        assertThat(letter.state().deadline().history().getLast().actor()).isEqualTo("supervisor-1");
    }

    @Test
    void an_unsatisfied_writer_may_have_the_letter_handled_again_once() {
        Letter letter = answered(true, true);
        letter.rate(writer, Rating.UNSATISFIED, "站牌仍未修好", true, FIFTEEN_DAYS, TIME, at("2026-02-25T09:00"));

        assertThat(letter.status()).isEqualTo(LetterStatus.ASSIGNED);
        assertThat(letter.state().department()).isEqualTo("D-TRANSPORT");
        assertThat(letter.state().deadline().state()).isEqualTo(DeadlineClock.State.RUNNING);
        assertThat(letter.changes().getLast().action()).isEqualTo(Action.REOPENED);

        letter.draftReply(handler, "已再次核查并修复。", at("2026-02-26T10:00"));
        letter.approveReply(reviewer, true, MASKING, at("2026-02-26T11:00"), TIME);
        letter.rate(writer, Rating.UNSATISFIED, "仍不满意", true, FIFTEEN_DAYS, TIME, at("2026-02-27T09:00"));

        assertThat(letter.status()).isEqualTo(LetterStatus.CLOSED);
    }

    @Test
    void after_a_reopening_working_days_taken_and_on_time_both_count_the_re_handling_from_the_reopening() {
        Letter letter = answered(true, true);
        letter.rate(writer, Rating.UNSATISFIED, "站牌仍未修好", true, FIFTEEN_DAYS, TIME, at("2026-02-25T09:00"));
        letter.draftReply(handler, "已再次核查并修复。", at("2026-02-26T10:00"));

        letter.approveReply(reviewer, true, MASKING, at("2026-02-26T11:00"), TIME);

        var reply = letter.state().reply();
        assertThat(reply.onTime()).isTrue();
        assertThat(reply.workingDaysTaken())
                .isEqualTo(TIME.workingDaysTaken(at("2026-02-25T09:00"), at("2026-02-26T11:00")))
                .isLessThan(TIME.workingDaysTaken(at("2026-02-13T10:00"), at("2026-02-26T11:00")));
    }

    @Test
    void the_masked_texts_are_fixed_with_the_approval_as_part_of_the_letter() {
        Letter letter = answered(true, true);

        assertThat(letter.state().published()).isEqualTo(new Letter.PublishedText("【公交站牌损坏】", "人民路公交站牌被撞坏。",
                "已安排维修。"));
        assertThat(answered(false, true).state().published()).isNull();
    }

    @Test
    void a_refusal_names_the_rule_and_the_field_never_an_english_sentence() {
        Letter letter = assigned();

        assertThatThrownBy(() -> letter.transfer(handler, "D-TRANSPORT", "原因", at("2026-02-24T10:00")))
                .isInstanceOfSatisfying(LetterRuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo(LetterRuleViolation.Rule.TRANSFER_TO_SAME_DEPARTMENT);
                    assertThat(v.args()).containsExactly("D-TRANSPORT");
                });
        assertThatThrownBy(() -> letter.requestInformation(handler, "问".repeat(Letter.MAX_CLOCK_TEXT_LENGTH + 1),
                at("2026-02-24T10:00"), TIME))
                .isInstanceOfSatisfying(LetterRuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("text-too-long.question");
                    assertThat(v.args()).containsExactly(Letter.MAX_CLOCK_TEXT_LENGTH);
                });
        assertThatThrownBy(() -> letter.requestExtension(handler, 61, "理由", at("2026-02-24T10:00")))
                .isInstanceOfSatisfying(LetterRuleViolation.class, v -> assertThat(v.code())
                        .isEqualTo("extension-out-of-range"));
    }

    @Test
    void an_unfinished_letter_follows_its_mailbox_to_a_new_office_and_a_finished_one_stays() {
        Letter letter = assigned();
        Actor admin = new Actor("admin-1", "管理员", Actor.Role.SYSTEM, null);

        letter.changeOffice(admin, "D-NEW-OFFICE", at("2026-02-24T10:00"));

        assertThat(letter.state().mailboxOwner()).isEqualTo("D-NEW-OFFICE");
        assertThat(letter.changes().getLast().action()).isEqualTo(Action.OFFICE_CHANGED);
        assertThat(letter.changes().getLast().details()).containsEntry("fromOffice", "D-GOV-OFFICE");
        Letter refused = letter(false);
        refused.notAccept(office, NotAcceptedReason.OUT_OF_SCOPE, "不属于本信箱", at("2026-02-13T10:00"));
        assertThatThrownBy(() -> refused.changeOffice(admin, "D-NEW-OFFICE", at("2026-02-24T10:00")))
                .isInstanceOf(LetterStateException.class);
    }

    @Test
    void only_the_writer_rates_and_only_an_answered_letter() {
        Letter letter = assigned();
        assertThatThrownBy(() -> letter.rate(writer, Rating.SATISFIED, null, false, FIFTEEN_DAYS, TIME,
                at("2026-02-24T10:00"))).isInstanceOf(LetterStateException.class);
        Letter answered = answered(true, true);
        Actor someoneElse = new Actor("citizen-2", null, Actor.Role.CITIZEN, null);
        assertThatThrownBy(() -> answered.rate(someoneElse, Rating.SATISFIED, null, false, FIFTEEN_DAYS, TIME,
                at("2026-02-25T10:00"))).isInstanceOf(LetterAccessDenied.class);
    }

    @Test
    void due_soon_and_overdue_are_announced_once_each() {
        Letter letter = assigned();
        Instant due = letter.state().deadline().dueAt();

        assertThat(letter.announceDueSoon(at("2026-03-09T17:00"))).isTrue();
        assertThat(letter.announceDueSoon(at("2026-03-10T09:00"))).isFalse();
        assertThat(letter.announceOverdue(due)).isFalse();
        assertThat(letter.announceOverdue(due.plusSeconds(1))).isTrue();
        assertThat(letter.announceOverdue(due.plusSeconds(3600))).isFalse();
        assertThat(letter.changes()).extracting(LetterChange::action).containsSubsequence(Action.DUE_SOON,
                Action.OVERDUE);
    }

    @Test
    void a_paused_letter_is_not_announced_overdue() {
        Letter letter = assigned();
        letter.requestInformation(handler, "请补充材料", at("2026-03-02T10:00"), TIME);
        assertThat(letter.announceOverdue(at("2026-04-30T10:00"))).isFalse();
    }

    private Letter assigned() {
        Letter letter = letter(true);
        letter.accept(office, null, FIFTEEN_DAYS, TIME, at("2026-02-13T10:00"));
        letter.assign(office, "D-TRANSPORT", false, at("2026-02-13T11:00"));
        return letter;
    }

    private Letter answered(boolean agrees, boolean allow) {
        Letter letter = letter(agrees);
        letter.accept(office, null, FIFTEEN_DAYS, TIME, at("2026-02-13T10:00"));
        letter.assign(office, "D-TRANSPORT", false, at("2026-02-13T11:00"));
        letter.draftReply(handler, "已安排维修。", at("2026-02-24T10:00"));
        letter.approveReply(reviewer, allow, MASKING, at("2026-02-24T15:00"), TIME);
        return letter;
    }

    private static Instant at(String shanghai) {
        return OffsetDateTime.parse(shanghai + "+08:00").toInstant();
    }
}
