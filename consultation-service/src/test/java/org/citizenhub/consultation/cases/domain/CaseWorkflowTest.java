package org.citizenhub.consultation.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.citizenhub.calendar.BundledNotices;
import org.citizenhub.calendar.CountingPolicy;
import org.citizenhub.calendar.DeadlineRule;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.deadlines.DeadlineAnnounced;
import org.citizenhub.consultation.cases.domain.CaseChange.Action;
import org.citizenhub.consultation.cases.domain.Evaluation.Rating;
import org.junit.jupiter.api.Test;

/**
 * The 12345 workflow as the aggregate decides it, with the real 2026 calendar (Mid-Autumn 25–27 Sep, National Day
 * 1–7 Oct; Sunday 20 Sep and Saturday 10 Oct worked).
 */
class CaseWorkflowTest {

    private static final WorkingTime TIME = new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT);
    private static final DeadlineRule FIFTEEN = new DeadlineRule("complaint-investigation", 15, 3);
    private static final DeadlineRule THREE = new DeadlineRule("co-handling", 3, 1);
    private static final String CENTRE = "D-12345";

    private final Actor citizen = new Actor("citizen-1", "张三", Actor.Role.CITIZEN, null);
    private final Actor otherCitizen = new Actor("citizen-2", "李四", Actor.Role.CITIZEN, null);
    private final Actor dispatcher = new Actor("disp-1", "话务员", Actor.Role.HANDLER, CENTRE);
    private final Actor transport = new Actor("h-1", "交通局", Actor.Role.HANDLER, "D-TRANSPORT");
    private final Actor environment = new Actor("h-2", "环保局", Actor.Role.HANDLER, "D-ENVIRONMENT");
    private final Actor housing = new Actor("h-3", "住建局", Actor.Role.HANDLER, "D-HOUSING");
    private final Actor reviewer = new Actor("rev-1", "审核员", Actor.Role.REVIEWER, null);
    private final Actor supervisor = new Actor("sup-1", "督办员", Actor.Role.SUPERVISOR, null);

    private ConsultationCase complaint(Actor writer, String tn) {
        return ConsultationCase.submit(UUID.randomUUID(), tn, writer, CENTRE,
                new Submission(CaseKind.COMPLAINT, "TRANSPORT", "公交站牌损坏", "人民路公交站牌被撞坏，无人修复。", null,
                        true, at("2026-09-22T09:00")));
    }

    private ConsultationCase dispatched() {
        var c = complaint(citizen, "ZX20260922000001");
        c.accept(dispatcher, "受理", FIFTEEN, TIME, at("2026-09-22T10:00"));
        c.dispatch(dispatcher, "D-TRANSPORT", List.of("D-ENVIRONMENT"), THREE, TIME, at("2026-09-22T11:00"));
        return c;
    }

    @Test
    void a_complaint_accepted_before_national_day_must_be_investigated_within_15_working_days_after_the_holiday() {
        var c = complaint(citizen, "ZX20260922000001");

        c.accept(dispatcher, null, FIFTEEN, TIME, at("2026-09-22T10:00"));

        // 23, 24, 28, 29, 30 Sep, 8, 9, 10 (Saturday worked), 12–16, 19, 20 Oct: the 15th working day is Tue 20 Oct
        assertThat(c.currentClock().dueAt()).isEqualTo(at("2026-10-20T17:00"));
        assertThat(c.currentDeadlineName()).isEqualTo("investigation");
    }

    @Test
    void a_promised_completion_date_stops_the_investigation_and_becomes_the_second_deadline() {
        var c = dispatched();
        c.submitCoHandlingPart(environment, "环保局：站牌周边无污染问题。", TIME, at("2026-09-23T10:00"));
        Instant promisedAt = at("2026-10-09T10:00");
        LocalDate date = LocalDate.parse("2026-10-16");
        int days = ConsultationCase.workingDaysUntil(date, promisedAt, TIME);

        c.promiseCompletion(transport, date, "需协调公交公司更换站牌", new DeadlineRule("complaint-completion", days, 1),
                TIME, promisedAt);

        assertThat(c.state().deadlines().require("investigation").clock().metOnTime()).isTrue();
        assertThat(c.currentClock().dueAt()).isEqualTo(at("2026-10-16T17:00"));
        assertThat(c.currentDeadlineName()).isEqualTo("completion");
        assertThat(c.changes().getLast().action()).isEqualTo(Action.COMPLETION_PROMISED);
    }

    @Test
    void a_promised_date_on_a_holiday_or_in_the_past_is_refused_by_its_policy() {
        var c = dispatched();
        assertThatThrownBy(() -> c.promiseCompletion(transport, LocalDate.parse("2026-10-05"), "国庆期间",
                FIFTEEN, TIME, at("2026-09-28T10:00")))
                .isInstanceOfSatisfying(CasePolicyViolation.class, v -> assertThat(v.policy())
                        .isEqualTo(CasePolicy.PROMISED_DATE_IN_THE_FUTURE_WITHIN_LIMIT));
        assertThatThrownBy(() -> c.promiseCompletion(transport, LocalDate.parse("2026-09-21"), "过去",
                FIFTEEN, TIME, at("2026-09-28T10:00")))
                .isInstanceOf(CasePolicyViolation.class);
    }

    @Test
    void only_complaints_and_suggestions_get_a_promised_completion_date() {
        var c = ConsultationCase.submit(UUID.randomUUID(), "ZX20260922000002", citizen, CENTRE,
                new Submission(CaseKind.CONSULTATION, "GENERAL", "办理居住证", "需要哪些材料？", null, false,
                        at("2026-09-22T09:00")));
        c.accept(dispatcher, null, FIFTEEN, TIME, at("2026-09-22T10:00"));
        c.dispatch(dispatcher, "D-TRANSPORT", List.of(), THREE, TIME, at("2026-09-22T11:00"));

        assertThatThrownBy(() -> c.promiseCompletion(transport, LocalDate.parse("2026-10-16"), "x", FIFTEEN, TIME,
                at("2026-09-23T10:00"))).isInstanceOfSatisfying(CasePolicyViolation.class, v -> assertThat(v.policy())
                .isEqualTo(CasePolicy.PROMISED_DATE_ONLY_AFTER_INVESTIGATION_OF_COMPLAINTS_AND_SUGGESTIONS));
    }

    @Test
    void the_lead_writes_the_consolidated_reply_only_once_every_co_handler_gave_its_part() {
        var c = dispatched();

        assertThatThrownBy(() -> c.draftReply(transport, "答复", at("2026-09-23T10:00")))
                .isInstanceOfSatisfying(CasePolicyViolation.class, v -> assertThat(v.policy())
                        .isEqualTo(CasePolicy.CONSOLIDATED_REPLY_NEEDS_EVERY_CO_HANDLING_PART));
        c.submitCoHandlingPart(environment, "环保局意见", TIME, at("2026-09-23T10:00"));
        assertThatThrownBy(() -> c.submitCoHandlingPart(environment, "again", TIME, at("2026-09-23T11:00")))
                .isInstanceOf(CasePolicyViolation.class);
        c.draftReply(transport, "综合答复：已更换站牌。", at("2026-09-23T14:00"));

        assertThat(c.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(c.state().deadlines().require("co-d-environment").clock().metOnTime()).isTrue();
    }

    @Test
    void a_co_handler_may_not_reply_and_a_department_not_involved_may_do_nothing() {
        var c = dispatched();
        assertThatThrownBy(() -> c.draftReply(environment, "x", at("2026-09-23T10:00")))
                .isInstanceOf(CaseAccessDenied.class);
        assertThatThrownBy(() -> c.submitCoHandlingPart(housing, "x", TIME, at("2026-09-23T10:00")))
                .isInstanceOf(CaseAccessDenied.class);
        assertThatThrownBy(() -> c.dispute(housing, "x", 2, TIME, at("2026-09-22T11:30")))
                .isInstanceOf(CaseAccessDenied.class);
        assertThat(c.isVisibleToDepartment("D-HOUSING")).isFalse();
        assertThat(c.isVisibleToDepartment("D-ENVIRONMENT")).isTrue();
    }

    @Test
    void a_dispute_within_the_window_goes_back_to_the_dispatch_centre_which_redispatches_it() {
        var c = dispatched();

        c.dispute(transport, "站牌属公交公司，应由国资委协调", 2, TIME, at("2026-09-22T12:30"));
        assertThat(c.status()).isEqualTo(CaseStatus.DISPUTED);
        c.redispatch(dispatcher, "D-HOUSING", List.of("D-TRANSPORT"), THREE, TIME, at("2026-09-22T14:00"));

        assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
        assertThat(c.state().dispatch().lead()).isEqualTo("D-HOUSING");
        assertThat(c.state().dispatch().round()).isEqualTo(2);
        assertThat(c.currentClock().dueAt()).isEqualTo(at("2026-10-20T17:00"));
        assertThat(c.changes()).extracting(CaseChange::action).contains(Action.DISPUTED, Action.REDISPATCHED);
    }

    @Test
    void a_dispute_after_the_working_hours_window_is_refused_and_one_overruled_keeps_the_dispatch() {
        var c = dispatched();
        // dispatched Tue 11:00; two working hours later is 13:00 — 14:00 the window has closed
        assertThatThrownBy(() -> c.dispute(transport, "不属于本部门", 2, TIME, at("2026-09-22T14:00")))
                .isInstanceOfSatisfying(CasePolicyViolation.class, v -> assertThat(v.policy())
                        .isEqualTo(CasePolicy.DISPUTE_WITHIN_WORKING_HOURS_OF_DISPATCH));

        c.dispute(environment, "不属于本部门", 2, TIME, at("2026-09-22T12:00"));
        c.overruleDispute(dispatcher, "请按职责协办", at("2026-09-22T12:30"));
        assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
        assertThat(c.state().dispatch().lead()).isEqualTo("D-TRANSPORT");
        assertThatThrownBy(() -> c.dispute(transport, "再次", 2, TIME, at("2026-09-22T12:40")))
                .isInstanceOfSatisfying(CasePolicyViolation.class, v -> assertThat(v.policy())
                        .isEqualTo(CasePolicy.DISPUTE_BY_AN_ASSIGNED_DEPARTMENT_ONCE));
    }

    @Test
    void asking_the_citizen_pauses_the_deadline_and_the_answer_resumes_it() {
        var c = dispatched();
        c.requestInformation(transport, "请提供站牌的具体位置", TIME, at("2026-09-23T10:00"));
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_CITIZEN);
        assertThat(c.runningDeadlines()).extracting(d -> d.name()).doesNotContain("investigation");

        c.supplyInformation(citizen, "人民路与解放路交叉口东侧", TIME, at("2026-09-24T10:00"));

        assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
        // a working day was spent waiting: the deadline moves by one working day, to Wed 21 Oct
        assertThat(c.currentClock().dueAt()).isEqualTo(at("2026-10-21T17:00"));
    }

    @Test
    void the_reviewer_may_not_review_their_own_reply_and_approval_stops_the_clock() {
        var c = dispatched();
        c.submitCoHandlingPart(environment, "意见", TIME, at("2026-09-23T10:00"));
        var author = new Actor("rev-1", "兼任", Actor.Role.HANDLER, "D-TRANSPORT");
        c.draftReply(author, "答复", at("2026-09-23T11:00"));

        assertThatThrownBy(() -> c.approveReply(reviewer, true, TIME, at("2026-09-23T12:00")))
                .isInstanceOfSatisfying(CasePolicyViolation.class, v -> assertThat(v.policy())
                        .isEqualTo(CasePolicy.REVIEWER_IS_NOT_THE_AUTHOR));
        var other = new Actor("rev-2", "审核员二", Actor.Role.REVIEWER, null);
        c.sendBackReply(other, "请补充整改时限", at("2026-09-23T12:00"));
        c.draftReply(transport, "答复（补充时限）", at("2026-09-23T14:00"));
        c.approveReply(other, true, TIME, at("2026-09-23T15:00"));

        assertThat(c.status()).isEqualTo(CaseStatus.ANSWERED);
        assertThat(c.state().reply().approval().onTime()).isTrue();
        assertThat(c.state().reply().approval().published()).isTrue();
        assertThat(c.runningDeadlines()).isEmpty();
    }

    @Test
    void an_unsatisfied_citizen_reopens_once_and_the_second_time_is_refused() {
        var c = answered();
        c.rate(citizen, Rating.UNSATISFIED, "没有解决", true, FIFTEEN, TIME, at("2026-09-24T10:00"));
        assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
        assertThat(c.state().reopenings()).isEqualTo(1);
        c.draftReply(transport, "再次答复", at("2026-09-25T10:00"));
        c.approveReply(reviewer, false, TIME, at("2026-09-28T10:00"));
        // counted from the reopening (Thu 24 Sep): 28 Sep is the next working day after the Mid-Autumn weekend
        assertThat(c.state().reply().approval().workingDaysTaken()).isEqualTo(1);

        assertThatThrownBy(() -> c.rate(citizen, Rating.UNSATISFIED, "还是没有", true, FIFTEEN, TIME,
                at("2026-09-29T10:00"))).isInstanceOfSatisfying(CasePolicyViolation.class,
                v -> assertThat(v.policy()).isEqualTo(CasePolicy.ONE_REOPENING));
        c.rate(citizen, Rating.UNSATISFIED, "还是没有", false, FIFTEEN, TIME, at("2026-09-29T10:00"));
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void a_follow_up_closes_an_unrated_case_and_records_satisfaction() {
        var c = answered();
        assertThatThrownBy(() -> c.recordFollowUp(transport, true, Rating.SATISFIED, null, at("2026-09-30T10:00")))
                .isInstanceOf(CaseAccessDenied.class);
        assertThatThrownBy(() -> c.recordFollowUp(dispatcher, false, Rating.SATISFIED, null, at("2026-09-30T10:00")))
                .isInstanceOf(IllegalArgumentException.class);

        c.recordFollowUp(dispatcher, true, Rating.BASICALLY_SATISFIED, "电话回访", at("2026-09-30T10:00"));

        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.state().followUps()).singleElement().extracting(FollowUp::satisfaction)
                .isEqualTo(Rating.BASICALLY_SATISFIED);
    }

    @Test
    void a_co_handler_made_lead_by_a_transfer_owes_no_part_and_its_clock_ends() {
        var c = dispatched();

        c.transfer(transport, "D-ENVIRONMENT", "主要涉及环保问题", TIME, at("2026-09-23T10:00"));

        assertThat(c.state().dispatch().lead()).isEqualTo("D-ENVIRONMENT");
        assertThat(c.state().dispatch().coHandlers()).isEmpty();
        assertThat(c.runningDeadlines()).extracting(d -> d.name()).containsExactly("investigation");
        c.draftReply(environment, "答复", at("2026-09-23T11:00"));
        assertThat(c.status()).isEqualTo(CaseStatus.IN_REVIEW);
    }

    @Test
    void a_supervisor_urges_only_when_a_deadline_is_near_or_past() {
        var c = dispatched();
        assertThatThrownBy(() -> c.urge(supervisor, "请加快", TIME, at("2026-09-23T10:00")))
                .isInstanceOfSatisfying(CasePolicyViolation.class, v -> assertThat(v.policy())
                        .isEqualTo(CasePolicy.URGING_ONLY_NEAR_OR_PAST_DEADLINE));
        // the co-handler's 3 working days end Mon 28 Sep 17:00 (after the Mid-Autumn weekend)
        c.urge(supervisor, "协办部门请尽快反馈", TIME, at("2026-09-28T10:00"));

        assertThat(c.state().urgings()).singleElement().extracting(Urging::deadline)
                .isEqualTo("co-d-environment");
        assertThatThrownBy(() -> c.urge(transport, "x", TIME, at("2026-09-28T10:00")))
                .isInstanceOf(CaseAccessDenied.class);
    }

    @Test
    void due_soon_and_overdue_notices_are_taken_once_per_deadline() {
        var c = dispatched();
        assertThat(c.takeDueAnnouncements(TIME, at("2026-09-23T10:00"))).isEmpty();
        // the co-handler's part (due Mon 28 Sep 17:00) turns due soon one working day before
        assertThat(c.nextAnnouncementAt(TIME)).isEqualTo(at("2026-09-24T17:00"));

        var first = c.takeDueAnnouncements(TIME, at("2026-09-29T10:00"));
        assertThat(first).singleElement().satisfies(d -> {
            assertThat(d.deadline().name()).isEqualTo("co-d-environment");
            assertThat(d.kind()).isEqualTo(DeadlineAnnounced.Kind.OVERDUE);
        });
        assertThat(c.takeDueAnnouncements(TIME, at("2026-09-29T11:00"))).isEmpty();

        var later = c.takeDueAnnouncements(TIME, at("2026-10-21T09:00"));
        assertThat(later).singleElement().satisfies(d -> {
            assertThat(d.deadline().name()).isEqualTo("investigation");
            assertThat(d.kind()).isEqualTo(DeadlineAnnounced.Kind.OVERDUE);
        });
    }

    @Test
    void a_duplicate_merges_into_an_open_case_of_the_same_kind_and_the_target_remembers_it() {
        var first = dispatched();
        var duplicate = complaint(otherCitizen, "ZX20260922000003");

        duplicate.mergeInto(dispatcher, first, at("2026-09-22T12:00"));

        assertThat(duplicate.status()).isEqualTo(CaseStatus.MERGED);
        assertThat(duplicate.state().screening().mergedInto()).isEqualTo(first.trackingNumber());
        assertThat(first.state().mergedFrom()).containsExactly("ZX20260922000003");
        assertThatThrownBy(() -> first.mergeInto(dispatcher, first, at("2026-09-22T12:00")))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void an_illegal_move_of_the_state_machine_is_one_exception_type() {
        var c = complaint(citizen, "ZX20260922000001");
        assertThatThrownBy(() -> c.dispatch(dispatcher, "D-TRANSPORT", List.of(), THREE, TIME,
                at("2026-09-22T10:00"))).isInstanceOf(CaseStateException.class);
        c.refuse(dispatcher, Screening.RefusalReason.OUT_OF_SCOPE, "不属于受理范围", at("2026-09-22T10:00"));
        assertThatThrownBy(() -> c.accept(dispatcher, null, FIFTEEN, TIME, at("2026-09-22T10:30")))
                .isInstanceOf(CaseStateException.class);
        assertThat(CaseStatus.REFUSED.canMoveTo(CaseStatus.ACCEPTED)).isFalse();
    }

    @Test
    void co_handlers_must_differ_from_the_lead() {
        var c = complaint(citizen, "ZX20260922000001");
        c.accept(dispatcher, null, FIFTEEN, TIME, at("2026-09-22T10:00"));
        assertThatThrownBy(() -> c.dispatch(dispatcher, "D-TRANSPORT", List.of("D-TRANSPORT"), THREE, TIME,
                at("2026-09-22T11:00"))).isInstanceOfSatisfying(CasePolicyViolation.class,
                v -> assertThat(v.policy()).isEqualTo(CasePolicy.CO_HANDLERS_DIFFER_FROM_THE_LEAD));
    }

    @Test
    void an_error_report_needs_its_page_and_error_type() {
        assertThatThrownBy(() -> new Submission(CaseKind.ERROR_REPORT, "WEBSITE", "链接失效", "办事指南链接打不开",
                null, false, at("2026-09-22T09:00"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Submission.ErrorReport("javascript:alert(1)", ErrorType.BROKEN_LINK))
                .isInstanceOf(IllegalArgumentException.class);
        var ok = new Submission(CaseKind.ERROR_REPORT, "WEBSITE", "链接失效", "办事指南链接打不开",
                new Submission.ErrorReport("https://www.example.gov.cn/zwgk/guide.html", ErrorType.BROKEN_LINK),
                false, at("2026-09-22T09:00"));
        assertThat(ok.errorReport().errorType()).isEqualTo(ErrorType.BROKEN_LINK);
    }

    private ConsultationCase answered() {
        var c = dispatched();
        c.submitCoHandlingPart(environment, "意见", TIME, at("2026-09-23T10:00"));
        c.draftReply(transport, "答复", at("2026-09-23T11:00"));
        c.approveReply(reviewer, false, TIME, at("2026-09-23T15:00"));
        return c;
    }

    private static Instant at(String shanghai) {
        return LocalDateTime.parse(shanghai).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }
}
