package org.citizenhub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citizenhub.privacy.PersonalDataMasker.Finding;
import org.citizenhub.privacy.PersonalDataMasker.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LicencePlateTest {

    private final PersonalDataMasker hall =
            PersonalDataMasker.standard().withBefore(Kind.ADDRESS, Detectors.licencePlate());

    private String masked(String text) {
        return hall.maskText(text, List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "京A12345 | 京A*****",
        "粤B·12345 | 粤B·*****",
        "粤B・12345 | 粤B・*****",
        "粤B 12345 | 粤B *****",
        "京A·D1234 | 京A·*****",
        "川A1B23C | 川A*****",
        "粤B1234学 | 粤B****学",
        "京a12345 | 京a*****",
    })
    void an_ordinary_plate_keeps_its_province_and_office_and_loses_its_serial(String plate, String expected) {
        assertThat(masked(plate)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "粤BD12345 | 粤B******",
        "沪AF12345 | 沪A******",
        "沪A·F12345 | 沪A·******",
        "京AD A1234 | 京AD A1234", // a space inside the serial is not a plate
        "粤BDA1234 | 粤B******",
        "粤B12345D | 粤B******",
    })
    void a_new_energy_plate_of_eight_characters_is_masked_whole(String plate, String expected) {
        assertThat(masked(plate)).isEqualTo(expected);
    }

    @Test
    void a_plate_in_a_complaint_is_found_where_it_is_in_full_width_characters_too() {
        String text = "车牌号为京Ａ１２３４５的白色轿车长期占用消防通道。";

        var result = hall.mask(text, List.of());

        assertThat(result.text()).isEqualTo("车牌号为京Ａ*****的白色轿车长期占用消防通道。");
        assertThat(result.findings()).containsExactly(new Finding(Kind.LICENCE_PLATE, 4, 11));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "京A1234", // too short
        "京A1234567", "粤BD123456", // runs on into more digits
        "京I12345", "京O12345", "京A12O45", // letters plates never use
        "京ABCDE", "京AB1C2D", // more than two letters: a word, not a serial
        "甲A12345", // not a province
        "京 A12345", // the office letter follows the province directly
        "ML20260213000001",
    })
    void near_misses_are_left_alone(String text) {
        assertThat(masked(text)).isEqualTo(text);
    }

    @Test
    void a_plate_with_a_phone_number_and_an_address_is_masked_alongside_them() {
        assertThat(masked("车主电话13800138000，车辆粤B·12345停在幸福路12号院门口。"))
                .isEqualTo("车主电话138****8000，车辆粤B·*****停在幸福路**号院门口。");
    }

    @Test
    void the_standard_set_does_not_look_for_plates() {
        assertThat(PersonalDataMasker.standard().kinds()).doesNotContain(Kind.LICENCE_PLATE);
        assertThat(PersonalDataMasker.standard().maskText("京A12345", List.of())).isEqualTo("京A12345");
    }
}
