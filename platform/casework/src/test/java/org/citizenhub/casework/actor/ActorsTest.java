package org.citizenhub.casework.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.junit.jupiter.api.Test;

class ActorsTest {

    @Test
    void a_citizen_acts_under_their_subject_and_name_without_a_department() {
        var user = new CurrentUser("sub-1", "zhang.san", Set.of("citizen"), "D-TRANSPORT");

        Actor actor = Actors.citizen(user);

        assertThat(actor).isEqualTo(new Actor("sub-1", "zhang.san", Actor.Role.CITIZEN, null));
        assertThat(actor.isCitizen()).isTrue();
        assertThat(actor.isStaff()).isFalse();
    }

    @Test
    void a_handler_acts_for_the_department_in_their_token() {
        Actor actor = Actors.handler(new CurrentUser("sub-2", "li.si", Set.of("handler"), "D-TRANSPORT"));

        assertThat(actor.role()).isEqualTo(Actor.Role.HANDLER);
        assertThat(actor.isHandlerOf("D-TRANSPORT")).isTrue();
        assertThat(actor.isHandlerOf("D-HEALTH")).isFalse();
        assertThat(actor.isHandlerOf(null)).isFalse();
    }

    @Test
    void a_handler_without_a_department_may_not_act_at_all() {
        var user = new CurrentUser("sub-3", "wang.wu", Set.of("handler"), null);

        assertThatThrownBy(() -> Actors.handler(user))
                .isInstanceOfSatisfying(HubProblem.class, p -> assertThat(p.type()).isEqualTo(CommonProblem.FORBIDDEN));
    }

    @Test
    void staff_read_in_their_strongest_role_supervisor_before_reviewer_before_handler() {
        var all = new CurrentUser("s", "s", Set.of("handler", "reviewer", "supervisor"), "D-A");
        var reviewer = new CurrentUser("r", "r", Set.of("handler", "reviewer"), "D-A");
        var handler = new CurrentUser("h", "h", Set.of("handler"), "D-A");

        assertThat(Actors.staff(all).role()).isEqualTo(Actor.Role.SUPERVISOR);
        assertThat(Actors.staff(reviewer).role()).isEqualTo(Actor.Role.REVIEWER);
        assertThat(Actors.staff(handler).role()).isEqualTo(Actor.Role.HANDLER);
    }

    @Test
    void a_supervisor_without_a_department_still_reads_but_a_plain_handler_without_one_does_not() {
        assertThat(Actors.staff(new CurrentUser("s", "s", Set.of("supervisor"), null)).department()).isNull();
        assertThatThrownBy(() -> Actors.staff(new CurrentUser("h", "h", Set.of("handler"), null)))
                .isInstanceOf(HubProblem.class);
    }

    @Test
    void a_reviewer_is_not_a_handler_of_their_own_department() {
        Actor reviewer = Actors.as(new CurrentUser("r", "r", Set.of("reviewer"), "D-A"), Actor.Role.REVIEWER);

        assertThat(reviewer.department()).isEqualTo("D-A");
        assertThat(reviewer.isHandlerOf("D-A")).isFalse();
        assertThat(reviewer.isStaff()).isTrue();
    }

    @Test
    void an_actor_without_a_name_is_shown_by_id_and_the_system_is_an_actor() {
        assertThat(new Actor("x", null, Actor.Role.CITIZEN, null).name()).isEqualTo("x");
        assertThat(Actor.SYSTEM.role()).isEqualTo(Actor.Role.SYSTEM);
        assertThatThrownBy(() -> new Actor(null, "n", Actor.Role.HANDLER, "D")).isInstanceOf(NullPointerException.class);
    }
}
