package org.citizenhub.casework.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.citizenhub.casework.deadlines.DeadlineAnnounced.Kind.DUE_SOON;
import static org.citizenhub.casework.deadlines.DeadlineAnnounced.Kind.OVERDUE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.citizenhub.calendar.BundledNotices;
import org.citizenhub.calendar.CountingPolicy;
import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.DeadlineRule;
import org.citizenhub.calendar.WorkingDays;
import org.citizenhub.calendar.WorkingHours;
import org.citizenhub.calendar.CalendarDays;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.tracking.TrackingNumber;
import org.junit.jupiter.api.Test;

class CaseDeadlinesTest {

    private static final WorkingTime TIME = new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT);
    private static final DeadlineRule<WorkingDays> INVESTIGATION =
            DeadlineRule.of("complaint-investigation", WorkingDays.of(15), WorkingDays.of(3));
    private static final DeadlineRule<WorkingDays> THREE_DAYS = DeadlineRule.of("error-report-reply", 3);

    /** Thu 12 Feb 2026 10:00 in Shanghai: a 3-working-day clock started then is due Tue 24 Feb 17:00. */
    private final Instant accepted = shanghai("2026-02-12T10:00");
    private final DeadlineClock<WorkingDays> reply = DeadlineClock.start(THREE_DAYS, accepted, "handler-1", TIME);

    @Test
    void a_complaint_holds_its_investigation_and_then_its_promised_completion_with_the_latest_current() {
        var investigation = DeadlineClock.start(INVESTIGATION, accepted, "handler-1", TIME);
        var deadlines = CaseDeadlines.none().start("investigation", investigation);

        Instant investigated = shanghai("2026-03-02T11:00");
        var completion = DeadlineClock.start(DeadlineRule.of("complaint-completion", 20), investigated, "handler-1",
                TIME);
        deadlines = deadlines.update("investigation", c -> c.stop(investigated, "handler-1", TIME))
                .start("completion", completion);

        assertThat(deadlines.all()).extracting(CaseDeadline::name).containsExactly("investigation", "completion");
        assertThat(deadlines.current()).map(CaseDeadline::name).contains("completion");
        assertThat(deadlines.require("investigation").clock().metOnTime()).isTrue();
        assertThat(deadlines.require("completion").isRunning()).isTrue();
        assertThat(deadlines.makeCurrent("investigation").current()).map(CaseDeadline::name)
                .contains("investigation");
    }

    @Test
    void due_soon_comes_at_the_clocks_warning_moment_and_overdue_just_after_its_due_moment_once_each() {
        var deadlines = CaseDeadlines.none().start("reply", reply);
        Instant warning = reply.dueSoonAt(TIME);

        assertThat(deadlines.due(warning.minusSeconds(1), TIME)).isEmpty();
        assertThat(deadlines.due(warning, TIME)).extracting(CaseDeadlines.Due::kind).containsExactly(DUE_SOON);

        deadlines = deadlines.announced("reply", DUE_SOON);
        assertThat(deadlines.due(reply.dueAt(), TIME)).isEmpty();
        assertThat(deadlines.due(reply.dueAt().plusSeconds(1), TIME)).extracting(CaseDeadlines.Due::kind)
                .containsExactly(OVERDUE);

        deadlines = deadlines.announced("reply", OVERDUE);
        assertThat(deadlines.due(reply.dueAt().plus(Duration.ofDays(30)), TIME)).isEmpty();
    }

    @Test
    void a_case_first_seen_past_its_due_moment_is_announced_overdue_only() {
        var deadlines = CaseDeadlines.none().start("reply", reply);

        List<CaseDeadlines.Due> due = deadlines.due(reply.dueAt().plusSeconds(60), TIME);
        assertThat(due).extracting(CaseDeadlines.Due::kind).containsExactly(OVERDUE);

        var after = deadlines.announced("reply", OVERDUE).require("reply");
        assertThat(after.dueSoonAnnounced()).isTrue();
        assertThat(after.overdueAnnounced()).isTrue();
    }

    @Test
    void each_clock_is_announced_on_its_own() {
        var lead = DeadlineClock.start(THREE_DAYS, accepted, "dispatcher", TIME);
        var coHandler = DeadlineClock.start(DeadlineRule.of("co-handling", 5), accepted, "dispatcher", TIME);
        var deadlines = CaseDeadlines.none().start("lead", lead).start("co-handler-d-health", coHandler);
        Instant late = coHandler.dueAt().plusSeconds(1);

        assertThat(deadlines.due(late, TIME)).extracting(d -> d.deadline().name())
                .containsExactly("lead", "co-handler-d-health");

        deadlines = deadlines.announced("lead", OVERDUE);
        assertThat(deadlines.due(late, TIME)).extracting(d -> d.deadline().name() + ":" + d.kind())
                .containsExactly("co-handler-d-health:OVERDUE");
    }

    @Test
    void paused_and_stopped_clocks_are_not_announced() {
        Instant pausedAt = shanghai("2026-02-13T10:00");
        var paused = CaseDeadlines.none().start("reply", reply)
                .update("reply", c -> c.pause(pausedAt, "waiting for the citizen", "handler-1", TIME));
        var stopped = CaseDeadlines.none().start("reply", reply)
                .update("reply", c -> c.stop(pausedAt, "handler-1", TIME));
        Instant muchLater = reply.dueAt().plus(Duration.ofDays(10));

        assertThat(paused.due(muchLater, TIME)).isEmpty();
        assertThat(stopped.due(muchLater, TIME)).isEmpty();
        assertThat(paused.nextAnnouncementAt(TIME)).isEmpty();
    }

    @Test
    void updating_a_clock_keeps_its_flags_and_rearming_after_an_extension_announces_it_again() {
        var deadlines = CaseDeadlines.none().start("reply", reply).announced("reply", OVERDUE);
        Instant approved = reply.dueAt().plus(Duration.ofHours(1));

        var extended = deadlines.update("reply", c -> c.extend(5, "needs a site visit", "supervisor-1", approved, TIME));
        assertThat(extended.require("reply").overdueAnnounced()).isTrue();
        assertThat(extended.due(extended.require("reply").clock().dueAt().plusSeconds(1), TIME)).isEmpty();

        var rearmed = extended.rearm("reply");
        Instant newDue = rearmed.require("reply").clock().dueAt();
        assertThat(rearmed.due(newDue.plusSeconds(1), TIME)).extracting(CaseDeadlines.Due::kind)
                .containsExactly(OVERDUE);
    }

    @Test
    void starting_a_clock_again_under_its_name_replaces_it_with_fresh_announcements() {
        var reopenedAt = shanghai("2026-03-10T09:30");
        var deadlines = CaseDeadlines.none().start("reply", reply).announced("reply", OVERDUE)
                .start("reply", DeadlineClock.start(THREE_DAYS, reopenedAt, "citizen", TIME));

        assertThat(deadlines.all()).hasSize(1);
        assertThat(deadlines.require("reply").overdueAnnounced()).isFalse();
        assertThat(deadlines.require("reply").clock().receivedAt()).isEqualTo(reopenedAt);
    }

    @Test
    void the_next_announcement_is_the_earliest_still_to_come_of_the_running_clocks() {
        var later = DeadlineClock.start(INVESTIGATION, accepted, "handler-1", TIME);
        var deadlines = CaseDeadlines.none().start("investigation", later).start("reply", reply);

        assertThat(deadlines.nextAnnouncementAt(TIME)).contains(reply.dueSoonAt(TIME));

        deadlines = deadlines.announced("reply", DUE_SOON);
        assertThat(deadlines.nextAnnouncementAt(TIME)).contains(reply.dueAt());

        deadlines = deadlines.announced("reply", OVERDUE);
        assertThat(deadlines.nextAnnouncementAt(TIME)).contains(later.dueSoonAt(TIME));

        assertThat(CaseDeadlines.none().nextAnnouncementAt(TIME)).isEmpty();
    }

    @Test
    void the_json_form_keeps_every_clock_with_its_history_flags_and_which_is_current() {
        var deadlines = CaseDeadlines.none()
                .start("investigation", DeadlineClock.start(INVESTIGATION, accepted, "handler-1", TIME))
                .start("reply", reply.pause(shanghai("2026-02-13T10:00"), "补正材料", "handler-1", TIME))
                .announced("investigation", DUE_SOON)
                .makeCurrent("investigation");

        String json = deadlines.toJson();
        var read = CaseDeadlines.fromJson(json);

        assertThat(read).isEqualTo(deadlines);
        assertThat(read.current()).map(CaseDeadline::name).contains("investigation");
        assertThat(read.require("reply").clock().history()).hasSize(2);
        assertThat(json).contains("\"current\":\"investigation\"", "\"dueSoonAnnounced\":true", "补正材料");
    }

    @Test
    void json_without_a_current_clock_or_with_fields_added_later_is_read() {
        String clock = CaseDeadlines.none().start("reply", reply).toJson()
                .replace("\"current\":\"reply\",", "").replace("\"clocks\"", "\"addedLater\":1,\"clocks\"");

        var read = CaseDeadlines.fromJson(clock);

        assertThat(read.current()).isEmpty();
        assertThat(read.require("reply").clock()).isEqualTo(reply);
        assertThat(CaseDeadlines.fromJson("{}").isEmpty()).isTrue();
    }

    @Test
    void one_case_may_hold_clocks_in_different_units_each_kept_in_its_own_unit_through_json() {
        var petition = DeadlineClock.start(DeadlineRule.of("petition-reply", CalendarDays.of(60)), accepted,
                "handler-1", TIME);
        var hazard = DeadlineClock.start(DeadlineRule.of("safety-hazard", WorkingHours.of(2), WorkingHours.of(1)),
                accepted, "dispatcher", TIME);
        var deadlines = CaseDeadlines.none().start("reply", petition).start("hazard", hazard);

        var extended = deadlines.replace("hazard",
                hazard.extend(WorkingHours.of(2), "site not reachable", "supervisor-1", accepted.plusSeconds(60), TIME));
        var read = CaseDeadlines.fromJson(extended.toJson());

        assertThat(read).isEqualTo(extended);
        assertThat(read.require("hazard").clock().rule().limit()).isEqualTo(WorkingHours.of(2));
        assertThat(read.require("reply").clock().rule().limit()).isEqualTo(CalendarDays.of(60));
        assertThat(read.require("hazard").clock().dueAt()).isAfter(hazard.dueAt());
        assertThat(read.due(hazard.dueAt().plusSeconds(1), TIME)).extracting(d -> d.deadline().name())
                .doesNotContain("reply");
    }

    @Test
    void announcing_gives_one_shared_event_per_clock_whose_moment_came_and_sets_its_flags() {
        var ref = new CaseRef("consultation", "complaint", "42", new TrackingNumber("ZX20260212000042"), "D-HEALTH");
        var later = DeadlineClock.start(INVESTIGATION, accepted, "handler-1", TIME);
        var deadlines = CaseDeadlines.none().start("investigation", later).start("reply", reply);
        Instant now = reply.dueAt().plusSeconds(1);
        var clock = java.time.Clock.fixed(now, ZoneId.of("Asia/Shanghai"));

        var announcements = deadlines.announce(ref, now, TIME, clock);

        assertThat(announcements.events()).extracting(e -> e.data().deadline() + ":" + e.metadata().type())
                .containsExactly("reply:gov.hub.casework.deadline.overdue.v1");
        assertThat(announcements.deadlines().require("reply").overdueAnnounced()).isTrue();
        assertThat(announcements.deadlines().require("investigation").dueSoonAnnounced()).isFalse();
        assertThat(announcements.deadlines().announce(ref, now, TIME, clock).isEmpty()).isTrue();
    }

    @Test
    void names_are_checked_and_unknown_clocks_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> CaseDeadlines.none().start("Reply", reply));
        assertThatIllegalArgumentException().isThrownBy(() -> CaseDeadlines.none().start("", reply));
        assertThatIllegalArgumentException().isThrownBy(() -> CaseDeadlines.none().update("reply", c -> c));
        assertThatIllegalArgumentException().isThrownBy(() -> CaseDeadlines.none().makeCurrent("reply"));
        assertThatIllegalArgumentException().isThrownBy(() -> CaseDeadlines.of(
                List.of(CaseDeadline.fresh("reply", reply), CaseDeadline.fresh("reply", reply)), null));
        assertThatIllegalArgumentException().isThrownBy(() -> CaseDeadlines.of(List.of(), "reply"));
    }

    private static Instant shanghai(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }
}
