package org.citizenhub.hall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizenhub.hall.catalogue.domain.CatalogueRule;
import org.citizenhub.hall.catalogue.domain.Rejection;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The form of a version is checked as a JSON Schema 2020-12 by networknt's validator. */
class FormSchemasTest {

    private final FormSchemas forms = new FormSchemas(JsonMapper.builder().build());

    @Test
    void a_small_object_form_of_draft_2020_12_is_accepted() {
        assertThat(forms.check("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "properties": {"name": {"type": "string", "maxLength": 50}, "phone": {"$ref": "#/$defs/phone"}},
                 "required": ["name"], "$defs": {"phone": {"type": "string", "pattern": "^1[3-9][0-9]{9}$"}}}
                """)).isEmpty();
    }

    @Test
    void a_schema_the_meta_schema_refuses_is_invalid_with_the_place_of_the_error() {
        var rejection = forms.check("""
                {"type": "object", "properties": {"name": {"type": "strin"}}, "required": "name"}""");
        assertThat(rejection).get().extracting(Rejection::rule).isEqualTo(CatalogueRule.FORM_SCHEMA_INVALID);
        assertThat(rejection.get().args().getFirst().toString()).contains("/properties/name/type");
    }

    @Test
    void a_form_is_an_object_of_local_references_only() {
        assertThat(forms.check("{\"type\": \"array\"}")).get().extracting(Rejection::rule)
                .isEqualTo(CatalogueRule.FORM_SCHEMA_NOT_AN_OBJECT);
        assertThat(forms.check("{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": "
                + "\"https://evil.example/schema.json\"}}}")).get().extracting(Rejection::rule)
                .isEqualTo(CatalogueRule.FORM_SCHEMA_INVALID);
        assertThat(forms.check("{\"type\": \"object\", \"$schema\": \"http://json-schema.org/draft-04/schema#\"}"))
                .get().extracting(Rejection::rule).isEqualTo(CatalogueRule.FORM_SCHEMA_INVALID);
        assertThat(forms.check("{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"#/$defs/missing\"}}}"))
                .get().extracting(Rejection::rule).isEqualTo(CatalogueRule.FORM_SCHEMA_INVALID);
    }
}
