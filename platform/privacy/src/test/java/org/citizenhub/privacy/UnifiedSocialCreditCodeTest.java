package org.citizenhub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citizenhub.privacy.PersonalDataMasker.Finding;
import org.citizenhub.privacy.PersonalDataMasker.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    private final PersonalDataMasker hall =
            PersonalDataMasker.standard().withBefore(Kind.ID_NUMBER, Detectors.unifiedSocialCreditCode());

    private String masked(String text) {
        return hall.maskText(text, List.of());
    }

    @ParameterizedTest
    @CsvSource({
        "91350100M000100Y43, 91350100**********", // the example printed in GB 32100-2015
        "91110000710925462X, 91110000**********",
        "91440300708461136T, 91440300**********",
        "91330100716105852F, 91330100**********",
        "914403001922038216, 91440300**********", // all digits
    })
    void a_real_code_keeps_its_authority_kind_and_division_and_loses_the_rest(String code, String expected) {
        var result = hall.mask("统一社会信用代码：" + code + "。", List.of());

        assertThat(result.text()).isEqualTo("统一社会信用代码：" + expected + "。");
        assertThat(result.findings()).containsExactly(new Finding(Kind.UNIFIED_SOCIAL_CREDIT_CODE, 9, 27));
    }

    @Test
    void a_code_inside_chinese_text_in_lower_case_or_full_width_characters_is_masked_in_place() {
        assertThat(masked("营业执照号91350100m000100y43已提交")).isEqualTo("营业执照号91350100**********已提交");
        assertThat(masked("代码９１３５０１００Ｍ０００１００Ｙ４３")).isEqualTo("代码９１３５０１００**********");
    }

    @Test
    void every_wrong_check_character_is_refused() {
        String body = "91350100M000100Y4";
        for (char check : UnifiedSocialCreditCodeDetector.CODE_CHARACTERS.toCharArray()) {
            String code = body + check;
            boolean right = check == '3';

            assertThat(masked(code)).as(code).isEqualTo(right ? "91350100**********" : code);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "91350100M000010Y43", // two characters swapped
        "91350100M000100Y4", // 17 characters
        "91350100M000100Y433", // 19
        "A91350100M000100Y43", "91350100M000100Y43B", // glued to a letter
        "91350100M0001I0Y43", "91350100M0001O0Y43", "91350100M0001S0Y43", // letters the code never uses
        "01350100M000100Y43", // no registration authority 0
        "9A350100M000100Y43", // the division is six digits
        "ML20260213000001AB", // a tracking number
    })
    void near_misses_are_left_alone(String text) {
        assertThat(masked(text)).isEqualTo(text);
    }

    @Test
    void an_id_number_that_happens_to_pass_the_mod_31_check_is_still_masked_as_an_id_number() {
        assertThat(UnifiedSocialCreditCodeDetector.isValid("110105199003070123")).isTrue();

        var result = hall.mask("110105199003070123", List.of());

        assertThat(result.text()).isEqualTo("1****************3");
        assertThat(result.findings()).extracting(Finding::kind).containsExactly(Kind.ID_NUMBER);
    }

    @Test
    void placed_before_id_numbers_an_all_digit_code_is_not_taken_for_a_bank_card() {
        assertThat(PersonalDataMasker.standard().mask("914403001922038216", List.of()).findings())
                .extracting(Finding::kind).containsExactly(Kind.BANK_CARD);

        assertThat(hall.mask("914403001922038216", List.of()).findings())
                .extracting(Finding::kind).containsExactly(Kind.UNIFIED_SOCIAL_CREDIT_CODE);
    }

    @Test
    void the_standard_set_does_not_look_for_codes() {
        assertThat(PersonalDataMasker.standard().kinds()).doesNotContain(Kind.UNIFIED_SOCIAL_CREDIT_CODE);
        assertThat(PersonalDataMasker.standard().maskText("91350100M000100Y43", List.of()))
                .isEqualTo("91350100M000100Y43");
    }
}
