package org.citizenhub.hall.catalogue.domain;

/** Who acts in a process step: the accepting window, the reviewing department(s), or a head (负责人) deciding. */
public enum StepRole {
    WINDOW, DEPARTMENT, HEAD
}
