package org.citizenhub.casework.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citizenhub.casework.TestCases;
import org.citizenhub.casework.TestService;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.deadlines.CaseDeadlines;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/** The history in a service's own table on the real PostgreSQL. */
class StepHistoryIT {

    private final TestCases cases = TestService.bean(TestCases.class);
    private final StepHistory history = cases.history();
    private final String run = "history-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void steps_are_read_back_in_the_order_they_were_written_with_who_when_and_details() {
        UUID id = cases.open(run, "title", CaseDeadlines.none(), false).id();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var handler = new Actor("h-1", "李四", Actor.Role.HANDLER, "D-TRANSPORT");
        var supervisor = new Actor("s-1", "王五", Actor.Role.SUPERVISOR, "D-OFFICE");

        history.append(id, List.of(
                new CaseStep("ASSIGNED", "ACCEPTED", "ASSIGNED", supervisor, at, Map.of("department", "D-TRANSPORT")),
                new CaseStep("REPLIED", "ASSIGNED", "IN_REVIEW", handler, at.plusSeconds(60),
                        Map.of("onTime", true, "workingDays", 3, "dueAt", at.plusSeconds(3600)))));

        List<CaseStep> steps = history.read(id);

        assertThat(steps).extracting(CaseStep::action).containsExactly("SUBMITTED", "ASSIGNED", "REPLIED");
        CaseStep replied = steps.get(2);
        assertThat(replied.actor()).isEqualTo(handler);
        assertThat(replied.at()).isEqualTo(at.plusSeconds(60));
        assertThat(replied.fromStatus()).isEqualTo("ASSIGNED");
        assertThat(replied.toStatus()).isEqualTo("IN_REVIEW");
        assertThat(replied.details()).containsEntry("onTime", true).containsEntry("workingDays", 3)
                .containsEntry("dueAt", at.plusSeconds(3600).toString());
        assertThat(steps.get(1).actor()).isEqualTo(supervisor);
    }

    @Test
    void a_citizens_name_is_never_written_to_history() {
        var c = cases.open(run, "title", CaseDeadlines.none(), false);

        List<String> storedNames = cases.jdbc().sql("select actor_name from it_case_history where case_id = :id")
                .param("id", c.id()).query((rs, i) -> rs.getString(1)).list();
        CaseStep submitted = history.read(c.id()).getFirst();

        assertThat(storedNames).hasSize(1).containsOnlyNulls();
        assertThat(submitted.actor().role()).isEqualTo(Actor.Role.CITIZEN);
        assertThat(submitted.actor().name()).isEqualTo(c.ownerId());
    }

    @Test
    void history_is_append_only_updates_and_deletes_are_refused_by_the_database() {
        UUID id = cases.open(run, "title", CaseDeadlines.none(), false).id();

        assertThatThrownBy(() -> cases.jdbc().sql("update it_case_history set action = 'FORGED' where case_id = :id")
                .param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> cases.jdbc().sql("delete from it_case_history where case_id = :id")
                .param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(history.read(id)).extracting(CaseStep::action).containsExactly("SUBMITTED");
    }

    @Test
    void a_case_without_steps_has_an_empty_history_and_names_are_checked_before_any_sql_is_built() {
        assertThat(history.read(UUID.randomUUID())).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StepHistory(cases.jdbc(), "it_case_history; drop table it_case", "case_id"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StepHistory(cases.jdbc(), "it_case_history", "Case-Id"));
    }
}
