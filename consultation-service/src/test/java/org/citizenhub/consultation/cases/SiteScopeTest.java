package org.citizenhub.consultation.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.citizenhub.calendar.BundledNotices;
import org.citizenhub.calendar.CountingPolicy;
import org.citizenhub.calendar.DeadlineRule;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.consultation.CaseSites;
import org.citizenhub.consultation.cases.domain.CaseKind;
import org.citizenhub.consultation.cases.domain.ConsultationCase;
import org.citizenhub.consultation.cases.domain.Submission;
import org.citizenhub.sites.DemoSites;
import org.citizenhub.sites.spring.HubSites;
import org.junit.jupiter.api.Test;

/**
 * Who sees a case once sites (集约化) exist, over the demo city's directory (GOV with DONGCHENG and XICHENG): the
 * rule {@link CaseHandling#mayAct} applies to every step and view. The integration test proves it with real tokens.
 */
class SiteScopeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingTime TIME = new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT);
    private static final DeadlineRule FIVE = new DeadlineRule("consultation-reply", 5, 1);

    private final CaseSites sites = demoCity();
    private final Actor citizen = new Actor("c-1", "张三", Actor.Role.CITIZEN, null);
    private final Actor dongchengOffice = new Actor("h-1", null, Actor.Role.HANDLER, "D-DONGCHENG-OFFICE");
    private final Actor xichengOffice = new Actor("h-2", null, Actor.Role.HANDLER, "D-XICHENG-OFFICE");
    private final Actor dongchengEducation = new Actor("h-3", null, Actor.Role.HANDLER, "D-DONGCHENG-EDUCATION");
    private final Actor siteReviewer = new Actor("r-1", null, Actor.Role.REVIEWER, null);
    private final Actor supervisor = new Actor("s-1", null, Actor.Role.SUPERVISOR, null);

    @Test
    void a_districts_case_is_seen_by_its_own_centre_reviewers_and_supervisors_and_the_citys_but_not_the_other_districts() {
        var east = submitted("DONGCHENG", "D-DONGCHENG-OFFICE");

        assertThat(CaseHandling.mayAct(dongchengOffice, null, east, sites)).isTrue();
        assertThat(CaseHandling.mayAct(xichengOffice, null, east, sites)).isFalse();
        // a claim changes nothing for handlers
        assertThat(CaseHandling.mayAct(xichengOffice, "DONGCHENG", east, sites)).isFalse();
        assertThat(CaseHandling.mayAct(siteReviewer, "DONGCHENG", east, sites)).isTrue();
        assertThat(CaseHandling.mayAct(siteReviewer, "XICHENG", east, sites)).isFalse();
        assertThat(CaseHandling.mayAct(siteReviewer, null, east, sites)).as("a reviewer of no department").isFalse();
        assertThat(CaseHandling.mayAct(supervisor, "DONGCHENG", east, sites)).isTrue();
        assertThat(CaseHandling.mayAct(supervisor, "XICHENG", east, sites)).isFalse();
        assertThat(CaseHandling.mayAct(supervisor, "GOV", east, sites)).isTrue();
        assertThat(CaseHandling.mayAct(supervisor, null, east, sites)).as("hub-wide").isTrue();
        assertThat(CaseHandling.mayAct(supervisor, "NOWHERE", east, sites)).as("an unknown site: nothing").isFalse();
    }

    @Test
    void a_city_case_dispatched_to_a_district_department_joins_that_districts_scope_but_not_the_others() {
        var city = submitted("GOV", "D-12345");
        assertThat(CaseHandling.mayAct(supervisor, "DONGCHENG", city, sites)).isFalse();

        city.accept(new Actor("d-1", null, Actor.Role.HANDLER, "D-12345"), null, FIVE, TIME, at("2026-11-16T10:00"));
        city.dispatch(new Actor("d-1", null, Actor.Role.HANDLER, "D-12345"), "D-DONGCHENG-EDUCATION", List.of(),
                FIVE, TIME, at("2026-11-16T11:00"));

        assertThat(CaseHandling.mayAct(dongchengEducation, null, city, sites)).isTrue();
        assertThat(CaseHandling.mayAct(supervisor, "DONGCHENG", city, sites)).isTrue();
        assertThat(CaseHandling.mayAct(siteReviewer, "DONGCHENG", city, sites)).isTrue();
        assertThat(CaseHandling.mayAct(supervisor, "XICHENG", city, sites)).isFalse();
        assertThat(CaseHandling.mayAct(dongchengOffice, null, city, sites)).isFalse();
        assertThat(CaseHandling.mayAct(supervisor, "GOV", city, sites)).isTrue();
    }

    @Test
    void a_case_from_before_sites_belongs_to_the_root_site() {
        var old = submitted(null, "D-12345");

        assertThat(sites.siteOfCase(old.site())).isEqualTo("GOV");
        assertThat(CaseHandling.mayAct(supervisor, "GOV", old, sites)).isTrue();
        assertThat(CaseHandling.mayAct(supervisor, "DONGCHENG", old, sites)).isFalse();
    }

    private ConsultationCase submitted(String site, String centre) {
        return ConsultationCase.submit(UUID.randomUUID(), "ZX20261116000001", citizen, site, centre,
                new Submission(CaseKind.CONSULTATION, "GENERAL", "入学", "入学政策？", null, false,
                        at("2026-11-16T09:00")));
    }

    private static CaseSites demoCity() {
        var hubSites = new HubSites(null, Clock.system(SHANGHAI));
        hubSites.apply(DemoSites.directory());
        return new CaseSites(hubSites);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }
}
