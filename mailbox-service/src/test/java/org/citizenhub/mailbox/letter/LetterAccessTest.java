package org.citizenhub.mailbox.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizenhub.casework.actor.Actor;
import org.citizenhub.sites.DemoSites;
import org.citizenhub.sites.SiteDirectory;
import org.junit.jupiter.api.Test;

/** Who sees which department's letters, with the demo city's sites (GOV with DONGCHENG and XICHENG). */
class LetterAccessTest {

    private final SiteDirectory sites = DemoSites.directory();

    @Test
    void a_supervisor_without_a_site_sees_every_department_with_one_only_the_sites_subtree() {
        var hubWide = Staff.of(new Actor("s", "s", Actor.Role.SUPERVISOR, null));
        var city = new Staff(new Actor("c", "c", Actor.Role.SUPERVISOR, null), "GOV");
        var district = new Staff(new Actor("d", "d", Actor.Role.SUPERVISOR, null), "DONGCHENG");

        assertThat(LetterAccess.scopeOf(hubWide, sites).unrestricted()).isTrue();
        assertThat(LetterAccess.scopeOf(city, sites).canSeeAny("D-DONGCHENG-EDUCATION", "D-XICHENG-HOUSING")).isTrue();
        assertThat(LetterAccess.scopeOf(city, sites).canSee("D-ENVIRONMENT")).isFalse();
        assertThat(LetterAccess.scopeOf(district, sites).departments())
                .containsExactlyInAnyOrder("D-DONGCHENG", "D-DONGCHENG-OFFICE", "D-DONGCHENG-EDUCATION");
    }

    @Test
    void a_site_reviewer_reviews_the_sites_subtree_besides_their_department_and_a_handler_only_their_department() {
        var reviewer = new Staff(new Actor("r", "r", Actor.Role.REVIEWER, "D-GOV-OFFICE"), "XICHENG");
        var handler = new Staff(new Actor("h", "h", Actor.Role.HANDLER, "D-XICHENG-OFFICE"), "XICHENG");

        assertThat(LetterAccess.scopeOf(reviewer, sites).departments()).containsExactlyInAnyOrder("D-GOV-OFFICE",
                "D-XICHENG", "D-XICHENG-OFFICE", "D-XICHENG-HOUSING");
        assertThat(LetterAccess.scopeOf(handler, sites).departments()).containsExactly("D-XICHENG-OFFICE");
    }

    @Test
    void an_unknown_site_shows_nothing_never_everything() {
        var lost = new Staff(new Actor("s", "s", Actor.Role.SUPERVISOR, null), "NOWHERE");

        assertThat(LetterAccess.scopeOf(lost, sites).isEmpty()).isTrue();
    }
}
