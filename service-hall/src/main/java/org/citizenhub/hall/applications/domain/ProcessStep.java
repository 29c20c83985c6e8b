package org.citizenhub.hall.applications.domain;

import java.util.List;
import java.util.Objects;

/**
 * One step of an item's process as the catalogue configures it (like DIGIT's business service states): who acts,
 * within how many working days. A DEPARTMENT step listing several departments is a parallel review (并联审批).
 */
public record ProcessStep(String key, String name, StepRole role, int limitWorkingDays, List<String> departments) {

    public ProcessStep {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(role, "role");
        if (limitWorkingDays < 0 || limitWorkingDays > 365 || role == StepRole.DEPARTMENT && limitWorkingDays < 1) {
            throw new IllegalArgumentException("A step's limit is 0 to 365 working days (a review at least 1): " + limitWorkingDays);
        }
        departments = departments == null ? List.of() : List.copyOf(departments);
        if (role == StepRole.DEPARTMENT && departments.isEmpty()) {
            throw new IllegalArgumentException("A review step names its departments: " + key);
        }
    }

    public boolean parallel() {
        return departments.size() > 1;
    }
}
