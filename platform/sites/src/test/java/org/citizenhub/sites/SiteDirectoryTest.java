package org.citizenhub.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.citizenhub.sites.web.SiteProblem;
import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.DepartmentScope;
import org.citizenhub.web.security.HubRoles;
import org.citizenhub.web.security.SiteAdministration;
import org.junit.jupiter.api.Test;

class SiteDirectoryTest {

    private final SiteDirectory demo = DemoSites.directory();

    @Test
    void every_department_belongs_to_the_nearest_site_at_or_above_it() {
        assertThat(demo.siteOf("D-TRANSPORT")).contains("GOV");
        assertThat(demo.siteOf("D-DONGCHENG")).contains("DONGCHENG");
        assertThat(demo.siteOf("D-DONGCHENG-OFFICE")).contains("DONGCHENG");
        assertThat(demo.siteOf("D-UNKNOWN")).isEmpty();
    }

    @Test
    void a_city_site_subtree_holds_its_districts_but_a_district_holds_only_itself() {
        assertThat(demo.departmentsUnder("GOV")).contains("D-TRANSPORT", "D-DONGCHENG-OFFICE", "D-XICHENG-HOUSING");
        assertThat(demo.departmentsUnder("DONGCHENG"))
                .containsExactlyInAnyOrder("D-DONGCHENG", "D-DONGCHENG-OFFICE", "D-DONGCHENG-EDUCATION");
        assertThat(demo.departmentsOf("GOV")).contains("D-TRANSPORT").doesNotContain("D-DONGCHENG-OFFICE");
        assertThat(demo.sitesUnder("GOV")).containsExactlyInAnyOrder("GOV", "DONGCHENG", "XICHENG");
        assertThat(demo.isWithin("XICHENG", "GOV")).isTrue();
        assertThat(demo.isWithin("GOV", "XICHENG")).isFalse();
    }

    @Test
    void the_json_form_reads_back_to_the_same_directory() {
        SiteDirectory again = SiteDirectoryJson.read(SiteDirectoryJson.write(demo));
        assertThat(again.version()).isEqualTo(demo.version());
        assertThat(again.sites()).isEqualTo(demo.sites());
        assertThat(Set.copyOf(again.placements())).isEqualTo(Set.copyOf(demo.placements()));
    }

    @Test
    void an_inconsistent_directory_is_refused() {
        var site = new Site("A", "D-A", "B", "甲", null, List.of(), "/", null, null, null, true, false);
        assertThatThrownBy(() -> new SiteDirectory(1, List.of(site), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown parent");
        var root = new Site("R", "D-R", null, "根", null, List.of("x.gov.cn"), "/", null, null, null, true, false);
        var other = new Site("S", "D-S", "R", "子", null, List.of("X.gov.cn"), "/", null, null, null, true, false);
        assertThatThrownBy(() -> new SiteDirectory(1, List.of(root, other), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host");
        assertThatThrownBy(() -> new SiteDirectory(1, List.of(root),
                List.of(new SiteDirectory.Placement("D-R", null, "NOPE"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown site");
    }

    @Test
    void a_public_request_is_for_the_named_site_else_the_host_site_else_the_only_root() {
        assertThat(SiteSelection.select(demo, "dongcheng", "www.demo-city.gov.cn", null).code()).isEqualTo("DONGCHENG");
        assertThat(SiteSelection.select(demo, null, "xicheng.demo-city.gov.cn:8080", null).code()).isEqualTo("XICHENG");
        assertThat(SiteSelection.select(demo, null, "unknown.example", null).code()).isEqualTo("GOV");
        assertThatThrownBy(() -> SiteSelection.select(demo, "NOPE", null, null))
                .isInstanceOfSatisfying(HubProblem.class, p -> assertThat(p.type()).isEqualTo(SiteProblem.SITE_NOT_FOUND));
        assertThatThrownBy(() -> SiteSelection.select(demo, "\u0000X\n" + "Y".repeat(100), null, null))
                .isInstanceOfSatisfying(HubProblem.class, p -> assertThat(p.args()[0].toString())
                        .isEqualTo("X" + "Y".repeat(39) + "…"));
        assertThatThrownBy(() -> SiteSelection.select(SiteDirectory.EMPTY, "GOV", null, null))
                .isInstanceOfSatisfying(HubProblem.class,
                        p -> assertThat(p.type()).isEqualTo(SiteProblem.SITE_DIRECTORY_NOT_LOADED));
    }

    @Test
    void a_site_lists_its_own_content_unless_children_are_asked_for() {
        var own = SiteSelection.select(demo, "GOV", null, null);
        assertThat(own.covers("D-TRANSPORT")).isTrue();
        assertThat(own.covers("D-DONGCHENG-OFFICE")).isFalse();
        var withChildren = SiteSelection.select(demo, "GOV", null, "true");
        assertThat(withChildren.covers("D-DONGCHENG-OFFICE")).isTrue();
        assertThat(withChildren.sites()).containsExactlyInAnyOrder("GOV", "DONGCHENG", "XICHENG");
        assertThatThrownBy(() -> SiteSelection.select(demo, "GOV", null, "yes"))
                .isInstanceOfSatisfying(HubProblem.class,
                        p -> assertThat(p.type()).isEqualTo(SiteProblem.INVALID_INCLUDE_CHILDREN));
    }

    @Test
    void a_site_supervisor_sees_the_site_subtree_and_a_hub_wide_supervisor_everything() {
        Set<String> all = DepartmentScope.DEFAULT_ALL_DEPARTMENT_ROLES;
        var city = new CurrentUser("s1", "city", Set.of(HubRoles.SUPERVISOR), null, "GOV");
        var dongcheng = new CurrentUser("s2", "dc", Set.of(HubRoles.SUPERVISOR), "D-DONGCHENG-OFFICE", "DONGCHENG");
        var hubWide = new CurrentUser("s3", "hub", Set.of(HubRoles.SUPERVISOR), null, null);
        var unknownSite = new CurrentUser("s4", "x", Set.of(HubRoles.SUPERVISOR), null, "NOPE");
        var handler = new CurrentUser("h", "h", Set.of(HubRoles.HANDLER), "D-XICHENG-HOUSING", "XICHENG");

        assertThat(DepartmentScope.of(city, all, demo).canSeeAny("D-DONGCHENG-OFFICE", "D-XICHENG-HOUSING")).isTrue();
        assertThat(DepartmentScope.of(city, all, demo).canSee("D-XICHENG-HOUSING")).isTrue();
        var dc = DepartmentScope.of(dongcheng, all, demo);
        assertThat(dc.canSee("D-DONGCHENG-EDUCATION")).isTrue();
        assertThat(dc.canSee("D-XICHENG-HOUSING")).isFalse();
        assertThat(dc.canSee("D-TRANSPORT")).isFalse();
        assertThat(DepartmentScope.of(hubWide, all, demo).unrestricted()).isTrue();
        assertThat(DepartmentScope.of(unknownSite, all, demo).isEmpty()).isTrue();
        var h = DepartmentScope.of(handler, all, demo);
        assertThat(h.departments()).containsExactly("D-XICHENG-HOUSING");
    }

    @Test
    void a_site_administrator_administers_their_own_site_only_and_the_admin_every_site() {
        var dcAdmin = new CurrentUser("a", "a", Set.of(HubRoles.SITE_ADMIN), null, "DONGCHENG");
        var admin = new CurrentUser("b", "b", Set.of(HubRoles.ADMIN), null, null);
        var supervisor = new CurrentUser("c", "c", Set.of(HubRoles.SUPERVISOR), null, "DONGCHENG");
        assertThat(SiteAdministration.mayAdminister(dcAdmin, "DONGCHENG")).isTrue();
        assertThat(SiteAdministration.mayAdminister(dcAdmin, "XICHENG")).isFalse();
        assertThat(SiteAdministration.mayAdminister(dcAdmin, "GOV")).isFalse();
        assertThat(SiteAdministration.mayAdminister(admin, "XICHENG")).isTrue();
        assertThat(SiteAdministration.mayAdminister(supervisor, "DONGCHENG")).isFalse();
    }
}
