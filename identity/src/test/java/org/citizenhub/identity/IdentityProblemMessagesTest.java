package org.citizenhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.citizenhub.web.problem.ProblemMessages;
import org.junit.jupiter.api.Test;

class IdentityProblemMessagesTest {

    private final ProblemMessages messages = ProblemMessages.defaults();

    @Test
    void every_identity_problem_has_a_title_and_a_detail_in_chinese_and_english() {
        for (var problem : IdentityProblem.values()) {
            for (var locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                assertThat(messages.hasTitle(problem, locale)).as("%s title %s", problem, locale).isTrue();
                assertThat(messages.hasDetail(problem, locale)).as("%s detail %s", problem, locale).isTrue();
            }
        }
    }

    @Test
    void details_name_what_went_wrong() {
        assertThat(messages.detail(IdentityProblem.ROOT_MUST_BE_GOVERNMENT, Locale.ENGLISH, "D-X"))
                .isEqualTo("Only a people's government may have no parent. Give \"D-X\" a parent department.");
        assertThat(messages.detail(IdentityProblem.DEPARTMENT_NOT_FOUND, Locale.SIMPLIFIED_CHINESE, "D-X"))
                .contains("D-X");
        assertThat(messages.detail(IdentityProblem.CALENDAR_YEAR_NOT_LOADED, Locale.ENGLISH, "2028"))
                .startsWith("The working-day calendar has no holiday notice for 2028,")
                .endsWith("the State Council's notice for 2028.");
        assertThat(messages.detail(IdentityProblem.INVALID_HOLIDAY_NOTICE, Locale.SIMPLIFIED_CHINESE, "2028"))
                .startsWith("2028年的节假日安排通知未能加载");
    }
}
