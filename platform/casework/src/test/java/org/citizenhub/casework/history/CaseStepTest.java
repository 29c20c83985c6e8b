package org.citizenhub.casework.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.citizenhub.casework.actor.Actor;
import org.junit.jupiter.api.Test;

class CaseStepTest {

    private final Instant at = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void the_details_keep_their_order_and_may_hold_nulls_but_cannot_be_changed_afterwards() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("to", "D-B");
        details.put("from", "D-A");
        details.put("reason", null);

        CaseStep step = new CaseStep("TRANSFERRED", "ASSIGNED", "ASSIGNED", Actor.SYSTEM, at, details);
        details.put("later", "x");

        assertThat(step.details()).containsExactly(Map.entry("to", "D-B"), Map.entry("from", "D-A"),
                new java.util.AbstractMap.SimpleEntry<>("reason", null));
        assertThatThrownBy(() -> step.details().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_step_needs_an_action_a_resulting_status_an_actor_and_a_moment() {
        assertThatIllegalArgumentException().isThrownBy(() -> CaseStep.of(" ", null, "SUBMITTED", Actor.SYSTEM, at));
        assertThatIllegalArgumentException().isThrownBy(() -> CaseStep.of("SUBMITTED", null, null, Actor.SYSTEM, at));
        assertThatThrownBy(() -> CaseStep.of("SUBMITTED", null, "SUBMITTED", null, at))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CaseStep.of("SUBMITTED", null, "SUBMITTED", Actor.SYSTEM, null))
                .isInstanceOf(NullPointerException.class);
        assertThat(new CaseStep("SUBMITTED", null, "SUBMITTED", Actor.SYSTEM, at, null).details()).isEmpty();
    }
}
