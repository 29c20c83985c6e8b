package org.citizenhub.hall.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.citizenhub.hall.catalogue.domain.CatalogueRule;
import org.citizenhub.hall.catalogue.domain.Rejection;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an item version's form as a JSON Schema of draft 2020-12 with networknt json-schema-validator (the same
 * library the applications feature validates submitted forms with): the schema against the 2020-12 meta-schema
 * (bundled with the library, never fetched), an object at the root (a form has fields), and only local
 * {@code $ref}s, so validating an application never reaches out to another server.
 */
@Component
class FormSchemas {

    static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final int REPORTED_ERRORS = 3;

    private final JsonMapper json;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final com.networknt.schema.Schema metaSchema = registry.getSchema(SchemaLocation.of(DRAFT_2020_12));

    FormSchemas(JsonMapper json) {
        this.json = json;
    }

    /** Empty if the text is a usable form schema, the rejection with the first problems otherwise. */
    Optional<Rejection> check(String formSchema) {
        if (formSchema == null) {
            return Optional.of(Rejection.of(CatalogueRule.FORM_SCHEMA_MISSING));
        }
        JsonNode node;
        try {
            node = json.readTree(formSchema);
        } catch (JacksonException e) {
            return invalid("not JSON");
        }
        if (!node.isObject() || !"object".equals(node.path("type").asString(""))) {
            return Optional.of(Rejection.of(CatalogueRule.FORM_SCHEMA_NOT_AN_OBJECT));
        }
        var dialect = node.get("$schema");
        if (dialect != null && !DRAFT_2020_12.equals(dialect.asString(""))) {
            return invalid("$schema: only " + DRAFT_2020_12);
        }
        var reference = referenceProblem(node);
        if (reference.isPresent()) {
            return invalid(reference.get());
        }
        var errors = metaSchema.validate(node);
        if (!errors.isEmpty()) {
            return invalid(String.join("; ", errors.stream().limit(REPORTED_ERRORS)
                    .map(e -> location(e.getInstanceLocation().toString()) + e.getMessage()).toList()));
        }
        try {
            // compiling resolves every $ref: a dangling one fails here, not at the first application
            registry.getSchema(node).validate(json.createObjectNode());
        } catch (RuntimeException e) {
            return invalid(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return Optional.empty();
    }

    private static String location(String pointer) {
        return pointer == null || pointer.isEmpty() || pointer.equals("$") ? "" : pointer + ": ";
    }

    private static Optional<Rejection> invalid(String why) {
        return Optional.of(Rejection.of(CatalogueRule.FORM_SCHEMA_INVALID, why));
    }

    /** A reference to another document (never fetched), or a local JSON pointer that points nowhere. */
    private static Optional<String> referenceProblem(JsonNode root) {
        List<JsonNode> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            var n = pending.removeLast();
            if (n.isObject()) {
                for (var key : List.of("$ref", "$dynamicRef")) {
                    var ref = n.get(key);
                    if (ref == null || !ref.isString()) {
                        continue;
                    }
                    var target = ref.asString();
                    if (!target.startsWith("#")) {
                        return Optional.of(target + ": only local references (#...)");
                    }
                    if (target.startsWith("#/") && root.at(java.net.URLDecoder.decode(target.substring(1),
                            java.nio.charset.StandardCharsets.UTF_8)).isMissingNode()) {
                        return Optional.of(target + ": points nowhere in the form");
                    }
                }
            }
            if (n.isContainer()) {
                n.values().forEach(pending::add);
            }
        }
        return Optional.empty();
    }
}
