package org.citizenhub.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommonProblemMessagesTest {

    private final ProblemMessages messages = ProblemMessages.defaults();

    @ParameterizedTest
    @EnumSource(CommonProblem.class)
    void every_common_problem_has_a_chinese_and_an_english_title_and_detail(CommonProblem problem) throws Exception {
        for (String bundle : new String[] {"problems_zh_CN", "problems_en"}) {
            Properties properties = load("org/citizenhub/web/" + bundle + ".properties");
            assertThat(properties.getProperty(problem.titleKey())).as(bundle + " title").isNotBlank();
            assertThat(properties.getProperty(problem.detailKey())).as(bundle + " detail").isNotBlank();
        }
        assertThat(messages.hasTitle(problem, Locale.SIMPLIFIED_CHINESE)).isTrue();
        assertThat(messages.hasDetail(problem, Locale.ENGLISH)).isTrue();
        assertThat(messages.title(problem, Locale.SIMPLIFIED_CHINESE))
                .isNotEqualTo(messages.title(problem, Locale.ENGLISH));
    }

    @ParameterizedTest
    @EnumSource(CommonProblem.class)
    void slugs_are_the_kebab_case_of_the_names_and_types_are_stable_uris(CommonProblem problem) {
        assertThat(problem.slug()).matches("[a-z]+(-[a-z]+)*");
        assertThat(problem.slug().replace('-', '_').toUpperCase(Locale.ROOT)).isEqualTo(problem.name());
        assertThat(problem.type()).hasToString("https://citizenhub.example/problems/" + problem.slug());
    }

    @Test
    void chinese_is_the_default_and_english_is_served_for_any_english_locale() {
        assertThat(messages.title(CommonProblem.NOT_FOUND, Locale.SIMPLIFIED_CHINESE)).isEqualTo("未找到");
        assertThat(messages.title(CommonProblem.NOT_FOUND, Locale.FRENCH)).isEqualTo("未找到");
        assertThat(messages.title(CommonProblem.NOT_FOUND, null)).isEqualTo("未找到");
        assertThat(messages.title(CommonProblem.NOT_FOUND, Locale.US)).isEqualTo("Not found");
    }

    @Test
    void a_service_bundle_at_the_classpath_root_supplies_messages_of_service_problem_types() {
        ProblemType letterNotInState = new ProblemType() {
            public String slug() {
                return "test-letter-not-in-state";
            }

            public int status() {
                return 409;
            }
        };

        assertThat(messages.title(letterNotInState, Locale.CHINA)).isEqualTo("信件当前状态不允许此操作");
        assertThat(messages.detail(letterNotInState, Locale.ENGLISH, "L-2026-0001", "REPLIED"))
                .isEqualTo("Letter L-2026-0001 is REPLIED and can't be changed that way.");
    }

    @Test
    void a_library_type_finds_its_messages_in_its_own_bundle_and_the_service_bundle_still_overrides_them() {
        ProblemType libraryLimit = libraryType("test-library-limit");
        ProblemType overridden = libraryType("test-letter-not-in-state");

        assertThat(messages.title(libraryLimit, Locale.CHINA)).isEqualTo("库定义的限制");
        assertThat(messages.detail(libraryLimit, Locale.ENGLISH, 5)).isEqualTo("At most 5.");
        assertThat(messages.hasDetail(libraryLimit, Locale.CHINA)).isTrue();
        assertThat(messages.title(overridden, Locale.CHINA)).isEqualTo("信件当前状态不允许此操作");
    }

    private static ProblemType libraryType(String slug) {
        return new ProblemType() {
            public String slug() {
                return slug;
            }

            public int status() {
                return 400;
            }

            public String messageBundle() {
                return "org.citizenhub.web.testlibrary.problems";
            }
        };
    }

    @Test
    void an_unknown_type_falls_back_to_its_slug_and_never_fails() {
        ProblemType unknown = new ProblemType() {
            public String slug() {
                return "nobody-wrote-messages-for-this";
            }

            public int status() {
                return 400;
            }
        };

        assertThat(messages.title(unknown, Locale.CHINA)).isEqualTo("nobody-wrote-messages-for-this");
        assertThat(messages.detail(unknown, Locale.ENGLISH)).isEqualTo("nobody-wrote-messages-for-this");
    }

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = CommonProblemMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
