package org.citizenhub.hall.applications.domain;

import java.util.List;
import java.util.Objects;

/**
 * What an application keeps of the item version it was made for, so that a later version of the item never changes
 * an application already running: the codes, the accepting window (the item's first department), the limits and the
 * configured process.
 *
 * @param statutoryWorkingDays 法定时限, counted from acceptance (行政许可法 第四十二条: 20 by default)
 * @param promisedWorkingDays  承诺时限, shown to the applicant; never longer than the statutory limit
 */
public record ApplicationTerms(String implementationCode, String itemName, String versionId, String site,
                               String acceptingDepartment, int statutoryWorkingDays, int promisedWorkingDays,
                               List<RequiredMaterial> materials, List<ProcessStep> process) {

    public ApplicationTerms {
        Objects.requireNonNull(implementationCode, "implementationCode");
        Objects.requireNonNull(acceptingDepartment, "acceptingDepartment");
        if (statutoryWorkingDays < 1) {
            throw new IllegalArgumentException("statutory limit");
        }
        if (promisedWorkingDays < 1 || promisedWorkingDays > statutoryWorkingDays) {
            promisedWorkingDays = statutoryWorkingDays;
        }
        materials = materials == null ? List.of() : List.copyOf(materials);
        process = process == null ? List.of() : List.copyOf(process);
    }

    /** The review steps, in order (the window's pre-review and the head's extension are not reviews). */
    public List<ProcessStep> reviews() {
        return process.stream().filter(s -> s.role() == StepRole.DEPARTMENT).toList();
    }

    /** Every department that works on the application: the window and every reviewer. */
    public List<String> departments() {
        var all = new java.util.LinkedHashSet<String>();
        all.add(acceptingDepartment);
        reviews().forEach(s -> all.addAll(s.departments()));
        return List.copyOf(all);
    }
}
