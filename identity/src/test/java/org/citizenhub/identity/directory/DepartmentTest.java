package org.citizenhub.identity.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class DepartmentTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void department_codes_are_upper_case_words_after_D() {
        assertThat(DepartmentCode.isValid("D-TRANSPORT")).isTrue();
        assertThat(DepartmentCode.isValid("D-DONGCHENG-OFFICE")).isTrue();
        assertThat(DepartmentCode.isValid("transport")).isFalse();
        assertThat(DepartmentCode.isValid("D-")).isFalse();
        assertThat(DepartmentCode.parse("../etc")).isEmpty();
    }

    @Test
    void the_name_follows_the_readers_language_and_falls_back_to_chinese() {
        var bureau = Department.establish(new DepartmentCode("D-TRANSPORT"),
                new Department.Details("市交通运输局", "Transport Bureau", new DepartmentCode("D-GOV"),
                        DepartmentKind.BUREAU, null, 1), NOW);
        var unnamedInEnglish = Department.establish(new DepartmentCode("D-X"),
                new Department.Details("某局", null, new DepartmentCode("D-GOV"), DepartmentKind.BUREAU, null, 1), NOW);

        assertThat(bureau.name(Locale.ENGLISH)).isEqualTo("Transport Bureau");
        assertThat(bureau.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("市交通运输局");
        assertThat(unnamedInEnglish.name(Locale.ENGLISH)).isEqualTo("某局");
    }

    @Test
    void a_department_cannot_be_its_own_parent() {
        assertThatThrownBy(() -> Department.establish(new DepartmentCode("D-X"),
                new Department.Details("某局", null, new DepartmentCode("D-X"), DepartmentKind.BUREAU, null, 1), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void english_is_chosen_only_when_the_reader_prefers_it() {
        assertThat(Languages.preferred("en-US,en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.preferred("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.preferred(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.preferred("fr-FR")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.preferred(";;;")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
