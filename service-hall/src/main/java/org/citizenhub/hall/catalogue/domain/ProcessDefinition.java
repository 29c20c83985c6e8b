package org.citizenhub.hall.catalogue.domain;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How applications of a version are handled, as configuration (DIGIT's business service, not code): ordered steps,
 * each with its role, its own limit, and for a review step the departments that review in parallel (并联审批).
 * The shape rules a version must meet to be published are {@link CataloguePolicies#PROCESS_POLICIES}; the format
 * is documented in service-hall/docs/catalogue.md.
 */
public record ProcessDefinition(@NotNull @Size(max = 20) List<@NotNull @Valid Step> steps) {

    public ProcessDefinition {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /**
     * @param key              stable within the version (applications record progress by it), e.g. {@code accept}
     * @param departments      who acts: the window's or reviewers' departments; several = parallel review, all
     *                         must answer; empty for WINDOW (the accepting department) and HEAD (the last reviewer's)
     * @param limitWorkingDays the step's own limit (限时办结)
     */
    public record Step(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,39}") String key, @NotNull @Valid Names name,
                       @NotNull StepRole role, @Min(0) @Max(365) int limitWorkingDays,
                       @Size(max = 10) List<@NotNull @Pattern(regexp = ItemGuide.DEPARTMENT_CODE) String> departments) {

        public Step {
            departments = departments == null ? List.of() : List.copyOf(departments);
        }

        /** Whether several departments review this step at the same time (并联审批). */
        public boolean parallel() {
            return departments.size() > 1;
        }
    }

    public int totalWorkingDays() {
        return steps.stream().mapToInt(Step::limitWorkingDays).sum();
    }
}
