package org.citizenhub.hall.applications.domain;

import java.util.Objects;

/** One missing or wrong material in a correction notice (一次性告知 lists all of them at once). */
public record MaterialIssue(String material, String problem) {
    public MaterialIssue {
        Objects.requireNonNull(material, "material");
        if (problem == null || problem.isBlank()) {
            throw new ApplicationPolicyViolation(ApplicationPolicy.CORRECTION_NEEDS_ISSUES);
        }
    }
}
