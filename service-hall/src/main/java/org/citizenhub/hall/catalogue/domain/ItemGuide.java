package org.citizenhub.hall.catalogue.domain;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a citizen reads before applying (办事指南): everything of a version except the form and the process
 * configuration. Shapes are checked by the annotations; rules between fields are the named policies of
 * {@link CataloguePolicies}.
 *
 * @param departments implementing departments (directory codes); the first is the accepting window (一点受理)
 * @param steps       the process as the guide tells it, one sentence a step
 * @param fees        empty: 不收费
 * @param scope       通办范围, e.g. 全市通办, 跨省通办; null: 属地办理 only
 */
public record ItemGuide(
        @NotNull @Valid Names name,
        @NotNull ItemKind kind,
        @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = DEPARTMENT_CODE) String> departments,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid LegalBasis> legalBasis,
        @NotNull @Size(max = 30) List<@NotBlank @Size(max = 500) String> conditions,
        @NotNull @Size(max = 50) List<@NotNull @Valid Material> materials,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 500) String> steps,
        @NotNull @Valid TimeLimits limits,
        @NotNull @Size(max = 20) List<@NotNull @Valid Fee> fees,
        @NotNull OnlineLevel onlineLevel,
        @NotNull @Size(max = 20) List<@NotNull @Valid Place> places,
        @NotNull @Valid Contacts contacts,
        @Size(max = 40) String scope,
        @NotEmpty Set<@NotNull ServedParty> serves,
        @NotNull @Size(max = 10) List<@NotBlank @Size(max = 40) String> themes,
        @NotNull @Size(max = 10) List<@NotBlank @Size(max = 40) String> lifeEvents) {

    public static final String DEPARTMENT_CODE = "[A-Z][A-Z0-9-]{1,63}";
    static final String PHONE = "[0-9+()\\- ]{3,30}";
    static final String REFERENCE = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
            + "|https://[^\\s]{1,490}";

    public ItemGuide {
        departments = List.copyOf(departments == null ? List.of() : departments);
        legalBasis = List.copyOf(legalBasis == null ? List.of() : legalBasis);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        materials = materials == null ? List.of() : List.copyOf(materials);
        steps = steps == null ? List.of() : List.copyOf(steps);
        fees = fees == null ? List.of() : List.copyOf(fees);
        places = places == null ? List.of() : List.copyOf(places);
        serves = serves == null ? Set.of() : Set.copyOf(serves);
        themes = themes == null ? List.of() : List.copyOf(themes);
        lifeEvents = lifeEvents == null ? List.of() : List.copyOf(lifeEvents);
    }

    /** The department whose window accepts applications (一点受理). */
    public String acceptingDepartment() {
        return departments.isEmpty() ? null : departments.getFirst();
    }

    /** 设定依据: a law or regulation and the article(s) that set the item up. */
    public record LegalBasis(@NotBlank @Size(max = 200) String law, @Size(max = 200) String article) {
    }

    /**
     * 申请材料.
     *
     * @param template             blank form to fill in: an attachment id or an https URL
     * @param sample               filled-in example (示例样表), same forms
     * @param replaceableByLicence an electronic licence (电子证照) of {@code licenceType} replaces the material
     */
    public record Material(@NotBlank @Size(max = 200) String name, @NotNull MaterialForm form,
                           @Min(1) @Max(20) int count, boolean required,
                           @Pattern(regexp = REFERENCE) String template, @Pattern(regexp = REFERENCE) String sample,
                           boolean replaceableByLicence, @Size(max = 100) String licenceType,
                           @Size(max = 500) String note) {
    }

    /** 法定时限 and 承诺时限 in working days (行政许可法 第八十二条); 0 promised: 即办. */
    public record TimeLimits(@Min(0) @Max(365) int statutoryWorkingDays, @Min(0) @Max(365) int promisedWorkingDays) {
    }

    /** 收费项目 with its basis; an amount of 0 is allowed (e.g. a fee waived by policy). */
    public record Fee(@NotBlank @Size(max = 200) String name, @PositiveOrZero long amountFen,
                      @NotBlank @Size(max = 300) String basis) {
    }

    /** 办理地点 and 办理时间. */
    public record Place(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 300) String address,
                        @NotBlank @Size(max = 300) String openingHours) {
    }

    /** 咨询电话 and 监督投诉电话. */
    public record Contacts(@NotBlank @Pattern(regexp = PHONE) String consultationPhone,
                           @NotBlank @Pattern(regexp = PHONE) String complaintPhone) {
    }
}
