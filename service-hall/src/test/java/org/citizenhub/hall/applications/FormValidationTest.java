package org.citizenhub.hall.applications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class FormValidationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FORM = """
            {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
             "required":["shopName","premises"],
             "properties":{"shopName":{"type":"string","minLength":2},
               "premises":{"type":"object","required":["area"],
                 "properties":{"area":{"type":"number","exclusiveMinimum":0},
                   "rooms":{"type":"array","items":{"type":"string","maxLength":4}}}}}}""";

    private final FormValidation forms = new FormValidation(JSON);

    @Test
    void every_wrong_field_is_named_by_its_json_pointer_in_chinese_and_english() {
        var errors = forms.validate("v1", FORM, JSON.readTree("""
                {"shopName":"X","premises":{"area":-3,"rooms":["ok","much too long"]}}"""));
        assertThat(errors).extracting(FormValidation.FieldError::pointer)
                .containsExactlyInAnyOrder("/shopName", "/premises/area", "/premises/rooms/1");
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.messageZh()).isNotBlank();
            assertThat(e.messageEn()).isNotBlank().isNotEqualTo(e.messageZh());
        });
    }

    @Test
    void a_missing_required_field_points_at_the_field_itself() {
        var errors = forms.validate("v1", FORM, JSON.readTree("{\"premises\":{}}"));
        assertThat(errors).extracting(FormValidation.FieldError::pointer)
                .containsExactlyInAnyOrder("/shopName", "/premises/area");
    }

    @Test
    void a_correct_form_has_no_errors() {
        assertThat(forms.validate("v1", FORM, JSON.readTree("{\"shopName\":\"好味\",\"premises\":{\"area\":30}}")))
                .isEmpty();
    }
}
