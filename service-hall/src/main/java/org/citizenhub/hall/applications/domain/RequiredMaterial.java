package org.citizenhub.hall.applications.domain;

/** A material the item asks for; {@code required} ones must be claimed with the submission. */
public record RequiredMaterial(String code, String name, boolean required) {
}
