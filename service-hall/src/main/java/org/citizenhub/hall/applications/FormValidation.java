package org.citizenhub.hall.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks submitted form data against the item version's form (JSON Schema 2020-12) with networknt
 * json-schema-validator: every error with the JSON pointer (RFC 6901) of the field and its message in zh-CN and en.
 * Compiled schemas are kept per item version (a published version never changes).
 */
final class FormValidation {

    /** One wrong field: {@code pointer} e.g. {@code /premises/area}; {@code ""} for the form as a whole. */
    record FieldError(String pointer, String keyword, String messageZh, String messageEn) {
    }

    static final int MAX_ERRORS = 50;

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final JsonMapper json;

    FormValidation(JsonMapper json) {
        this.json = json;
    }

    List<FieldError> validate(String versionId, String formSchema, JsonNode data) {
        var schema = compiled.computeIfAbsent(versionId + "\n" + formSchema.hashCode(),
                k -> registry.getSchema(json.readTree(formSchema)));
        var zh = schema.validate(data, c -> c.executionConfig(e -> e.locale(Locale.SIMPLIFIED_CHINESE)));
        var en = schema.validate(data, c -> c.executionConfig(e -> e.locale(Locale.ENGLISH)));
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < zh.size() && i < MAX_ERRORS; i++) {
            var error = zh.get(i);
            errors.add(new FieldError(pointer(error), error.getKeyword(), error.getMessage(),
                    i < en.size() ? en.get(i).getMessage() : error.getMessage()));
        }
        return errors;
    }

    /** The field's pointer; for a missing required property, the property itself rather than its parent. */
    static String pointer(Error error) {
        var sb = new StringBuilder(pointer(error.getInstanceLocation()));
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            sb.append('/').append(escape(error.getProperty()));
        }
        return sb.toString();
    }

    private static String pointer(NodePath path) {
        var sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(escape(String.valueOf(path.getElement(i))));
        }
        return sb.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
