package org.citizenhub.supervision.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.citizenhub.calendar.BundledNotices;
import org.citizenhub.calendar.CountingPolicy;
import org.citizenhub.calendar.WorkingTime;
import org.junit.jupiter.api.Test;

class CaseFoldTest {

    private static final WorkingTime TIME = new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT);
    private final CaseFold fold = new CaseFold(TIME, 3, Duration.ofDays(30));

    private static Instant at(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    private static CaseFact.Header h(String occurredAt, String department) {
        return new CaseFact.Header("mailbox", "L1", "letter", "ML20261116000001", department, "GOV", null,
                at(occurredAt));
    }

    private CaseRow foldAll(List<CaseFact> facts) {
        CaseRow row = null;
        for (var f : facts) {
            row = fold.apply(row, f);
        }
        return row;
    }

    private final CaseFact received = new CaseFact.Received(h("2026-11-16T09:00:00", null), at("2026-11-16T09:00:00"));
    private final CaseFact accepted = new CaseFact.DeadlineSet(h("2026-11-16T10:00:00", "D-TRANSPORT"), "reply",
            at("2026-11-30T17:30:00"));
    private final CaseFact dueSoon = new CaseFact.DeadlineAnnounced(h("2026-11-24T09:00:00", "D-TRANSPORT"), "reply",
            at("2026-11-30T17:30:00"), false);
    private final CaseFact overdue = new CaseFact.DeadlineAnnounced(h("2026-11-30T17:31:00", "D-TRANSPORT"), "reply",
            at("2026-11-30T17:30:00"), true);
    private final CaseFact replied = new CaseFact.Handled(h("2026-12-02T11:00:00", "D-TRANSPORT"),
            at("2026-12-02T11:00:00"), false);

    @Test
    void an_accepted_letter_is_open_with_its_reply_deadline_and_a_yellow_card_three_working_days_before() {
        var row = foldAll(List.of(received, accepted));
        assertThat(row.dueAt()).isEqualTo(at("2026-11-30T17:30:00"));
        assertThat(row.deadline()).isEqualTo("reply");
        assertThat(row.department()).isEqualTo("D-TRANSPORT");
        assertThat(row.handledAt()).isNull();
        // three working days of office time before Monday 30 November (due after closing, so from the closing at
        // 17:00) is Wednesday 25 November 17:00
        assertThat(row.dueSoonAt()).isEqualTo(at("2026-11-25T17:00:00"));
    }

    @Test
    void a_due_soon_announced_earlier_than_the_own_lead_moves_the_yellow_card_earlier() {
        var row = foldAll(List.of(received, accepted, dueSoon));
        assertThat(row.dueSoonAt()).isEqualTo(at("2026-11-24T09:00:00"));
    }

    @Test
    void a_reply_handles_the_letter_with_the_services_verdict_and_working_days_from_the_calendar() {
        var row = foldAll(List.of(received, accepted, dueSoon, overdue, replied));
        assertThat(row.handledAt()).isEqualTo(at("2026-12-02T11:00:00"));
        assertThat(row.onTime()).isFalse();
        // Monday 16 to Wednesday 2 December: 12 working days (the day of receipt not counted)
        assertThat(row.workingDays()).isEqualTo(12);
    }

    @Test
    void a_late_overdue_never_reopens_a_handled_letter() {
        var row = foldAll(List.of(received, accepted, replied, overdue, dueSoon));
        assertThat(row.handledAt()).isEqualTo(at("2026-12-02T11:00:00"));
        assertThat(row.dueAt()).isEqualTo(at("2026-11-30T17:30:00"));
    }

    @Test
    void a_reopening_undoes_an_older_handling_and_an_older_handling_arriving_later_does_not_close_it_again() {
        var reopened = new CaseFact.Reopened(h("2026-12-03T10:00:00", "D-TRANSPORT"), "reply", at("2026-12-17T17:30:00"));
        var inOrder = foldAll(List.of(received, accepted, replied, reopened));
        var lateReply = foldAll(List.of(received, accepted, reopened, replied));
        assertThat(inOrder.handledAt()).isNull();
        assertThat(inOrder.dueAt()).isEqualTo(at("2026-12-17T17:30:00"));
        assertThat(lateReply).isEqualTo(inOrder);
    }

    @Test
    void an_older_deadline_never_replaces_a_newer_one() {
        var extended = new CaseFact.DeadlineSet(h("2026-11-20T10:00:00", "D-TRANSPORT"), "reply", at("2026-12-07T17:30:00"));
        assertThat(foldAll(List.of(received, extended, accepted)).dueAt()).isEqualTo(at("2026-12-07T17:30:00"));
    }

    @Test
    void the_department_is_the_newest_events_and_the_site_the_first_told() {
        var transferred = new CaseFact.Step(new CaseFact.Header("mailbox", "L1", "letter", "ML20261116000001",
                "D-HOUSING", "XICHENG", "GOV", at("2026-11-18T10:00:00")));
        var row = foldAll(List.of(received, transferred, accepted));
        assertThat(row.department()).isEqualTo("D-HOUSING");
        assertThat(row.site()).isEqualTo("GOV");
    }

    @Test
    void any_order_of_the_same_events_folds_into_the_same_row() {
        var facts = new ArrayList<>(List.of(received, accepted, dueSoon, overdue, replied));
        var expected = foldAll(facts);
        var random = new Random(13);
        for (int i = 0; i < 50; i++) {
            Collections.shuffle(facts, random);
            assertThat(foldAll(facts)).as("order %s", facts).isEqualTo(expected);
        }
    }

    @Test
    void a_handling_without_verdict_is_on_time_against_the_deadline_told_before_it_even_when_that_arrives_later() {
        var decided = new CaseFact.Handled(h("2026-12-01T10:00:00", "D-TRANSPORT"), at("2026-12-01T10:00:00"), null);
        var row = foldAll(List.of(received, decided, accepted));
        assertThat(row.dueAt()).isEqualTo(at("2026-11-30T17:30:00"));
        assertThat(row.onTime()).isFalse();
        assertThat(foldAll(List.of(received, accepted, decided))).isEqualTo(row);
    }

    @Test
    void the_newest_event_naming_a_department_wins_whatever_comes_between() {
        var first = new CaseFact.Step(h("2026-11-16T10:00:00", "D-TRANSPORT"));
        var later = new CaseFact.Step(h("2026-11-18T10:00:00", "D-HOUSING"));
        var newestWithoutDepartment = new CaseFact.Step(h("2026-11-19T10:00:00", null));
        assertThat(foldAll(List.of(first, newestWithoutDepartment, later)).department()).isEqualTo("D-HOUSING");
        assertThat(foldAll(List.of(later, newestWithoutDepartment, first)).department()).isEqualTo("D-HOUSING");
    }

    @Test
    void no_deadline_running_takes_the_case_out_of_the_view_while_it_stays_open() {
        var waiting = new CaseFact.DeadlineSet(h("2026-11-18T10:00:00", "D-TRANSPORT"), null, null);
        var row = foldAll(List.of(received, accepted, waiting));
        assertThat(row.dueAt()).isNull();
        assertThat(row.dueSoonAt()).isNull();
        assertThat(row.handledAt()).isNull();
    }
}
