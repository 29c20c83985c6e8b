package org.citizenhub.hall.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.citizenhub.calendar.BundledNotices;
import org.citizenhub.calendar.CountingPolicy;
import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.hall.applications.domain.Phase.Decided;
import org.citizenhub.hall.applications.domain.Phase.Review;
import org.junit.jupiter.api.Test;

/** The process engine on configured processes only: no step knows an item. */
class ApplicationProcessTest {

    private static final WorkingTime TIME = new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT);
    private static final Actor CITIZEN = new Actor("citizen-1", "张三", Actor.Role.CITIZEN, null);
    private static final Actor WINDOW = new Actor("w-1", null, Actor.Role.HANDLER, "D-HEALTH");
    private static final Actor HEALTH = new Actor("r-1", null, Actor.Role.HANDLER, "D-HEALTH");
    private static final Actor MARKET = new Actor("r-2", null, Actor.Role.HANDLER, "D-MARKET");
    private static final Actor ECOLOGY = new Actor("r-3", null, Actor.Role.HANDLER, "D-ECOLOGY");

    private static final ApplicationTerms ONE_REVIEW = terms(List.of(
            new ProcessStep("prereview", "预审", StepRole.WINDOW, 5, List.of("D-HEALTH")),
            new ProcessStep("review", "审查", StepRole.DEPARTMENT, 10, List.of("D-HEALTH"))));
    private static final ApplicationTerms PARALLEL = terms(List.of(
            new ProcessStep("prereview", "预审", StepRole.WINDOW, 5, List.of("D-HEALTH")),
            new ProcessStep("joint", "并联审查", StepRole.DEPARTMENT, 8, List.of("D-MARKET", "D-ECOLOGY")),
            new ProcessStep("final", "复核", StepRole.DEPARTMENT, 3, List.of("D-HEALTH"))));

    static ApplicationTerms terms(List<ProcessStep> process) {
        return new ApplicationTerms("11100000MB0000000X4440100000", "公共场所卫生许可", "v1", "GOV", "D-HEALTH", 20, 15,
                List.of(new RequiredMaterial("licence", "营业执照", true), new RequiredMaterial("plan", "平面图", false)),
                process);
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(CountingPolicy.SHANGHAI).toInstant();
    }

    static Application submitted(ApplicationTerms terms, String when) {
        var number = new ApplicationNumber(terms.implementationCode(), LocalDate.parse(when.substring(0, 10)), 1);
        return Application.submit(number, terms, new Applicant.Person("citizen-1", "张三"),
                Map.of("licence", "a-1"), CITIZEN, at(when), TIME).application();
    }

    @Test
    void an_accepted_application_runs_through_its_configured_review_to_a_grant_within_twenty_working_days() {
        var app = submitted(ONE_REVIEW, "2026-11-16T10:00");
        assertThat(app.status()).isEqualTo("RECEIVED");

        app = app.accept(WINDOW, at("2026-11-17T10:00"), TIME).application();
        assertThat(app.status()).isEqualTo("UNDER_REVIEW");
        assertThat(app.statutoryClock().orElseThrow().dueAt()).isEqualTo(at("2026-12-15T17:00"));
        assertThat(app.currentReview()).map(ProcessStep::key).contains("review");

        var reviewed = app.review(HEALTH, true, null, at("2026-11-20T10:00"), TIME);
        app = reviewed.application();
        assertThat(reviewed.steps()).extracting(s -> s.action()).containsExactly("REVIEWED", "STEP_COMPLETED");
        assertThat(app.currentReview()).isEmpty();

        var decided = app.decide(WINDOW, true, Outcome.GRANTED, null, at("2026-11-23T10:00"), TIME).application();
        assertThat(decided.status()).isEqualTo("GRANTED");
        assertThat(((Decided) decided.phase()).statutory().metOnTime()).isTrue();
    }

    @Test
    void a_submission_without_a_required_material_is_refused_naming_it() {
        var number = new ApplicationNumber(ONE_REVIEW.implementationCode(), LocalDate.parse("2026-11-16"), 1);
        assertThatThrownBy(() -> Application.submit(number, ONE_REVIEW, new Applicant.Person("c", null),
                Map.of("plan", "a-2"), CITIZEN, at("2026-11-16T10:00"), TIME))
                .isInstanceOfSatisfying(ApplicationPolicyViolation.class, v -> {
                    assertThat(v.policy()).isEqualTo(ApplicationPolicy.MATERIAL_MISSING);
                    assertThat(v.args()).containsExactly("营业执照");
                });
    }

    @Test
    void only_the_accepting_window_accepts() {
        var app = submitted(ONE_REVIEW, "2026-11-16T10:00");
        assertThatThrownBy(() -> app.accept(MARKET, at("2026-11-16T11:00"), TIME))
                .extracting(e -> ((ApplicationPolicyViolation) e).policy())
                .isEqualTo(ApplicationPolicy.NOT_THE_ACCEPTING_WINDOW);
    }

    @Test
    void a_correction_pauses_the_notice_clock_and_the_corrected_application_is_accepted() {
        var app = submitted(ONE_REVIEW, "2026-11-16T10:00");
        app = app.requestCorrection(WINDOW, List.of(new MaterialIssue("licence", "复印件不清晰"),
                new MaterialIssue("plan", "缺少比例尺")), at("2026-11-18T10:00"), TIME).application();
        assertThat(app.status()).isEqualTo("CORRECTION_REQUESTED");
        assertThat(app.noticeOverdue(at("2026-11-30T10:00"))).as("paused while the applicant corrects").isFalse();

        app = app.correct(Map.of("licence", "a-9"), CITIZEN, at("2026-11-30T10:00"), TIME).application();
        assertThat(app.status()).isEqualTo("RECEIVED");
        assertThat(app.materials()).containsEntry("licence", "a-9");
        assertThat(app.accept(WINDOW, at("2026-12-01T10:00"), TIME).application().status()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void nobody_telling_the_applicant_within_five_working_days_makes_it_accepted_on_the_day_of_receipt() {
        var app = submitted(ONE_REVIEW, "2026-11-16T10:00");
        assertThat(app.noticeOverdue(at("2026-11-23T16:59"))).isFalse();
        assertThat(app.noticeOverdue(at("2026-11-23T17:01"))).isTrue();

        assertThatThrownBy(() -> app.requestCorrection(WINDOW, List.of(new MaterialIssue("licence", "缺页")),
                at("2026-11-24T09:00"), TIME))
                .extracting(e -> ((ApplicationPolicyViolation) e).policy())
                .isEqualTo(ApplicationPolicy.CORRECTION_NOTICE_TOO_LATE);

        var deemed = app.deemAccepted(at("2026-11-24T09:00"), TIME);
        var review = (Review) deemed.application().phase();
        assertThat(review.acceptance().deemed()).isTrue();
        assertThat(review.acceptance().acceptedAt()).isEqualTo(at("2026-11-16T10:00"));
        assertThat(review.statutory().dueAt()).as("20 working days from receipt").isEqualTo(at("2026-12-14T17:00"));
        assertThat(deemed.steps().getFirst().action()).isEqualTo("DEEMED_ACCEPTED");
    }

    @Test
    void a_correction_must_list_at_least_one_issue() {
        var app = submitted(ONE_REVIEW, "2026-11-16T10:00");
        assertThatThrownBy(() -> app.requestCorrection(WINDOW, List.of(), at("2026-11-16T11:00"), TIME))
                .extracting(e -> ((ApplicationPolicyViolation) e).policy())
                .isEqualTo(ApplicationPolicy.CORRECTION_NEEDS_ISSUES);
    }

    @Test
    void in_a_parallel_review_one_refusal_refuses_with_every_reason_once_all_have_answered() {
        var app = submitted(PARALLEL, "2026-11-16T10:00").accept(WINDOW, at("2026-11-16T11:00"), TIME).application();
        var review = (Review) app.phase();
        assertThat(review.stepClocks()).containsOnlyKeys("D-MARKET", "D-ECOLOGY");
        assertThat(review.stepClocks().get("D-MARKET").dueAt()).isEqualTo(at("2026-11-26T17:00"));

        app = app.review(ECOLOGY, false, "排污许可不符合要求", at("2026-11-17T10:00"), TIME).application();
        assertThat(app.status()).as("waits for the other department").isEqualTo("UNDER_REVIEW");
        var afterOne = app;
        assertThatThrownBy(() -> afterOne.review(ECOLOGY, true, null, at("2026-11-17T11:00"), TIME))
                .extracting(e -> ((ApplicationPolicyViolation) e).policy())
                .isEqualTo(ApplicationPolicy.NOT_A_REVIEWER_OF_THIS_STEP);

        app = app.review(MARKET, true, null, at("2026-11-18T10:00"), TIME).application();
        assertThat(app.status()).isEqualTo("REFUSED");
        assertThat(((Decided) app.phase()).reasons()).containsExactly("D-ECOLOGY：排污许可不符合要求");
    }

    @Test
    void an_approved_parallel_step_moves_to_the_next_configured_step() {
        var app = submitted(PARALLEL, "2026-11-16T10:00").accept(WINDOW, at("2026-11-16T11:00"), TIME).application();
        app = app.review(ECOLOGY, true, null, at("2026-11-17T10:00"), TIME).application();
        app = app.review(MARKET, true, null, at("2026-11-17T11:00"), TIME).application();
        assertThat(app.currentReview()).map(ProcessStep::key).contains("final");
        var atFinal = app;
        assertThatThrownBy(() -> atFinal.review(MARKET, true, null, at("2026-11-17T12:00"), TIME))
                .isInstanceOf(ApplicationPolicyViolation.class);
    }

    @Test
    void an_inspection_pause_is_not_counted_and_a_heads_extension_adds_ten_working_days_once() {
        var app = submitted(ONE_REVIEW, "2026-06-01T10:00").accept(WINDOW, at("2026-06-01T10:00"), TIME).application();
        var due = app.statutoryClock().orElseThrow().dueAt();

        app = app.pause(HEALTH, PauseKind.INSPECTION, "现场核查", at("2026-06-02T10:00"), TIME).application();
        assertThat(app.status()).isEqualTo("PAUSED");
        assertThat(app.statutoryClock().orElseThrow().state()).isEqualTo(DeadlineClock.State.PAUSED);
        var paused = app;
        assertThatThrownBy(() -> paused.review(HEALTH, true, null, at("2026-06-03T10:00"), TIME))
                .isInstanceOf(ApplicationPolicyViolation.class);

        app = app.resume(HEALTH, at("2026-06-09T10:00"), TIME).application();
        assertThat(app.statutoryClock().orElseThrow().dueAt()).as("five working days later").isEqualTo(
                TIME.plus(due, TIME.days(5)));

        var before = app.statutoryClock().orElseThrow().dueAt();
        assertThatThrownBy(() -> app_extend(paused, false)).isInstanceOf(ApplicationPolicyViolation.class);
        app = app.extend(WINDOW, true, 10, "需专家论证", at("2026-06-10T10:00"), TIME).application();
        assertThat(app.statutoryClock().orElseThrow().dueAt()).isEqualTo(TIME.plus(before, TIME.days(10)));
        var extended = app;
        assertThatThrownBy(() -> extended.extend(WINDOW, true, 1, "再延", at("2026-06-11T10:00"), TIME))
                .extracting(e -> ((ApplicationPolicyViolation) e).policy())
                .isEqualTo(ApplicationPolicy.EXTENSION_NOT_ALLOWED);
    }

    private static Application app_extend(Application app, boolean head) {
        return app.extend(WINDOW, head, 10, "需专家论证", at("2026-06-10T10:00"), TIME).application();
    }

    @Test
    void a_refusal_must_say_why() {
        var app = submitted(ONE_REVIEW, "2026-11-16T10:00");
        assertThatThrownBy(() -> app.notAccept(WINDOW, " ", at("2026-11-16T11:00"), TIME))
                .extracting(e -> ((ApplicationPolicyViolation) e).policy())
                .isEqualTo(ApplicationPolicy.REASON_REQUIRED);
        assertThat(app.notAccept(WINDOW, "不属于本机关职权范围", at("2026-11-16T11:00"), TIME).application().status())
                .isEqualTo("NOT_ACCEPTED");
    }
}
