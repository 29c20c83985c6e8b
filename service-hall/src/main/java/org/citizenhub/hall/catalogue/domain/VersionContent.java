package org.citizenhub.hall.catalogue.domain;

import java.util.Objects;

/**
 * What a version holds: the guide, the application form as a JSON Schema (draft 2020-12, kept as its JSON text so the
 * domain needs no JSON library) and the process configuration. A draft may lack the form and the process; a
 * published version has both.
 */
public record VersionContent(ItemGuide guide, String formSchema, ProcessDefinition process) {

    public VersionContent {
        Objects.requireNonNull(guide, "guide");
    }
}
