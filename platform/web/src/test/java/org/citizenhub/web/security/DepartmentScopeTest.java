package org.citizenhub.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.HubProblem;
import org.junit.jupiter.api.Test;

class DepartmentScopeTest {

    @Test
    void a_supervisor_sees_every_department() {
        DepartmentScope scope = DepartmentScope.of(user(Set.of("supervisor"), null));

        assertThat(scope.unrestricted()).isTrue();
        assertThat(scope.filter()).isEmpty();
        assertThat(scope.canSee("D-HEALTH")).isTrue();
    }

    @Test
    void a_handler_sees_only_their_own_department() {
        DepartmentScope scope = DepartmentScope.of(user(Set.of("handler"), "D-TRANSPORT"));

        assertThat(scope.unrestricted()).isFalse();
        assertThat(scope.departments()).containsExactly("D-TRANSPORT");
        assertThat(scope.canSee("D-TRANSPORT")).isTrue();
        assertThat(scope.canSee("D-HEALTH")).isFalse();
    }

    @Test
    void another_departments_item_is_reported_as_not_found_so_its_existence_does_not_leak() {
        DepartmentScope scope = DepartmentScope.of(user(Set.of("handler"), "D-TRANSPORT"));

        assertThatThrownBy(() -> scope.requireVisible("D-HEALTH"))
                .isInstanceOfSatisfying(HubProblem.class, p -> assertThat(p.type()).isEqualTo(CommonProblem.NOT_FOUND));
    }

    @Test
    void a_citizen_or_a_handler_without_department_sees_nothing() {
        assertThat(DepartmentScope.of(user(Set.of("citizen"), "D-TRANSPORT")).isEmpty()).isTrue();
        assertThat(DepartmentScope.of(user(Set.of("handler"), null)).isEmpty()).isTrue();
        assertThat(DepartmentScope.of(null).isEmpty()).isTrue();
    }

    @Test
    void a_service_may_let_more_roles_see_every_department() {
        DepartmentScope scope = DepartmentScope.of(user(Set.of("reviewer"), null), Set.of("supervisor", "reviewer"));

        assertThat(scope.unrestricted()).isTrue();
    }

    @Test
    void a_scope_of_given_departments_sees_an_item_when_any_of_its_departments_is_among_them() {
        DepartmentScope scope = DepartmentScope.ofDepartments(java.util.List.of("D-GOV-OFFICE"));

        assertThat(scope.unrestricted()).isFalse();
        assertThat(scope.canSeeAny("D-TRANSPORT", "D-GOV-OFFICE")).isTrue();
        assertThat(scope.canSeeAny("D-TRANSPORT", null)).isFalse();
        assertThat(DepartmentScope.all().canSeeAny("D-TRANSPORT")).isTrue();
    }

    @Test
    void a_scope_of_no_department_sees_nothing() {
        DepartmentScope scope = DepartmentScope.ofDepartments(java.util.Arrays.asList((String) null));

        assertThat(scope.isEmpty()).isTrue();
        assertThat(scope.canSeeAny("D-TRANSPORT")).isFalse();
    }

    @Test
    void roles_can_be_asked_with_or_without_the_spring_prefix() {
        CurrentUser handler = user(Set.of("handler"), "D-TRANSPORT");

        assertThat(handler.hasRole("handler")).isTrue();
        assertThat(handler.hasRole("ROLE_handler")).isTrue();
        assertThat(handler.hasRole("supervisor")).isFalse();
        assertThat(handler.isStaff()).isTrue();
    }

    private static CurrentUser user(Set<String> roles, String department) {
        return new CurrentUser("sub", "name", roles, department);
    }
}
