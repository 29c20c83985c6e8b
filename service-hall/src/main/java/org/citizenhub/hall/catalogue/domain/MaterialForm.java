package org.citizenhub.hall.catalogue.domain;

/** The form a material is handed in (原件 / 复印件 / 电子件). */
public enum MaterialForm {
    ORIGINAL, COPY, ELECTRONIC
}
