package org.citizenhub.hall.catalogue.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rules a version meets: those of every draft (cheap, about the guide) and the further ones of publication
 * (the form and the process, which the applications feature runs on). Each is one named constant.
 */
public final class CataloguePolicies {

    private CataloguePolicies() {
    }

    /** 一点受理: the window of the item's accepting department accepts; it comes first among the departments. */
    public static final VersionPolicy ACCEPTING_DEPARTMENT_FIRST = (item, c) ->
            item.acceptingDepartment().equals(c.guide().acceptingDepartment()) ? Optional.empty()
                    : Optional.of(Rejection.of(CatalogueRule.ACCEPTING_DEPARTMENT_FIRST, item.acceptingDepartment(),
                    String.valueOf(c.guide().acceptingDepartment())));

    public static final VersionPolicy DEPARTMENTS_LISTED_ONCE = (item, c) -> {
        var seen = new HashSet<String>();
        return c.guide().departments().stream().filter(d -> !seen.add(d)).findFirst()
                .map(d -> Rejection.of(CatalogueRule.DEPARTMENT_LISTED_TWICE, d));
    };

    /** 承诺时限 ≤ 法定时限: a department may promise to be faster than the law, never slower. */
    public static final VersionPolicy PROMISED_WITHIN_STATUTORY = (item, c) -> {
        var limits = c.guide().limits();
        return limits.promisedWorkingDays() <= limits.statutoryWorkingDays() ? Optional.empty()
                : Optional.of(Rejection.of(CatalogueRule.PROMISED_LIMIT_EXCEEDS_STATUTORY,
                limits.promisedWorkingDays(), limits.statutoryWorkingDays()));
    };

    /** A material an electronic licence replaces names the licence type, so the portal can fetch the licence. */
    public static final VersionPolicy LICENCE_TYPE_NAMED = (item, c) -> c.guide().materials().stream()
            .filter(m -> m.replaceableByLicence() && (m.licenceType() == null || m.licenceType().isBlank()))
            .findFirst().map(m -> Rejection.of(CatalogueRule.LICENCE_TYPE_MISSING, m.name()));

    public static final VersionPolicy FORM_SCHEMA_PRESENT = (item, c) ->
            c.formSchema() == null || c.formSchema().isBlank()
                    ? Optional.of(Rejection.of(CatalogueRule.FORM_SCHEMA_MISSING)) : Optional.empty();

    public static final VersionPolicy PROCESS_WITH_STEPS = (item, c) ->
            c.process() == null || c.process().steps().isEmpty()
                    ? Optional.of(Rejection.of(CatalogueRule.PROCESS_WITHOUT_STEPS)) : Optional.empty();

    /** 一点受理: applications enter at the accepting window, so the first step is the window's. */
    public static final VersionPolicy PROCESS_STARTS_AT_THE_WINDOW = (item, c) ->
            c.process().steps().getFirst().role() == StepRole.WINDOW ? Optional.empty()
                    : Optional.of(Rejection.of(CatalogueRule.PROCESS_STARTS_AT_THE_WINDOW,
                    c.process().steps().getFirst().key()));

    /** Applications record their progress by step key: keys are unique within a version. */
    public static final VersionPolicy PROCESS_STEP_KEYS_UNIQUE = (item, c) -> {
        var seen = new HashSet<String>();
        return c.process().steps().stream().map(ProcessDefinition.Step::key).filter(k -> !seen.add(k)).findFirst()
                .map(k -> Rejection.of(CatalogueRule.PROCESS_STEP_KEY_TWICE, k));
    };

    /** A department review step says which departments review (several: in parallel, 并联审批). */
    public static final VersionPolicy PROCESS_REVIEWS_NAME_DEPARTMENTS = (item, c) -> c.process().steps().stream()
            .filter(s -> s.role() == StepRole.DEPARTMENT && s.departments().isEmpty()).findFirst()
            .map(s -> Rejection.of(CatalogueRule.PROCESS_REVIEW_WITHOUT_DEPARTMENTS, s.key()));

    /** A step's departments are among the item's implementing departments (抄告相关 goes to those only). */
    public static final VersionPolicy PROCESS_DEPARTMENTS_OF_THE_ITEM = (item, c) -> c.process().steps().stream()
            .flatMap(s -> s.departments().stream().filter(d -> !c.guide().departments().contains(d))
                    .map(d -> Rejection.of(CatalogueRule.PROCESS_DEPARTMENT_NOT_OF_THE_ITEM, s.key(), d)))
            .findFirst();

    /** The steps' own limits, run one after the other, fit within the statutory limit. */
    public static final VersionPolicy PROCESS_WITHIN_STATUTORY_LIMIT = (item, c) ->
            c.process().totalWorkingDays() <= c.guide().limits().statutoryWorkingDays() ? Optional.empty()
                    : Optional.of(Rejection.of(CatalogueRule.PROCESS_EXCEEDS_STATUTORY_LIMIT,
                    c.process().totalWorkingDays(), c.guide().limits().statutoryWorkingDays()));

    /** The process rules, in order: the later ones assume the earlier hold. */
    public static final List<VersionPolicy> PROCESS_POLICIES = List.of(PROCESS_WITH_STEPS,
            PROCESS_STARTS_AT_THE_WINDOW, PROCESS_STEP_KEYS_UNIQUE, PROCESS_REVIEWS_NAME_DEPARTMENTS,
            PROCESS_DEPARTMENTS_OF_THE_ITEM, PROCESS_WITHIN_STATUTORY_LIMIT);

    /** Departments the directory knows (the site directory, whose codes the identity service owns). */
    public static VersionPolicy departmentsKnown(Predicate<String> known) {
        return (item, c) -> c.guide().departments().stream().filter(known.negate()).findFirst()
                .map(d -> Rejection.of(CatalogueRule.DEPARTMENT_UNKNOWN, d));
    }

    /** The form validated as a JSON Schema by a real validator: the check answers the first problems found. */
    public static VersionPolicy formSchemaValid(Function<String, Optional<Rejection>> check) {
        return (item, c) -> check.apply(c.formSchema());
    }

    /** The rules of every draft. */
    public static List<VersionPolicy> onDraft(Predicate<String> knownDepartment) {
        return List.of(ACCEPTING_DEPARTMENT_FIRST, DEPARTMENTS_LISTED_ONCE, departmentsKnown(knownDepartment),
                PROMISED_WITHIN_STATUTORY, LICENCE_TYPE_NAMED);
    }

    /** The rules of publication: the draft's again (the directory may have changed), the form, the process. */
    public static List<VersionPolicy> onPublication(Predicate<String> knownDepartment,
                                                    Function<String, Optional<Rejection>> formSchemaCheck) {
        var all = new java.util.ArrayList<>(onDraft(knownDepartment));
        all.add(FORM_SCHEMA_PRESENT);
        all.add(formSchemaValid(formSchemaCheck));
        all.addAll(PROCESS_POLICIES);
        return List.copyOf(all);
    }

    /** Throws the first rejection of the policies, in order. */
    public static void require(List<VersionPolicy> policies, Item item, VersionContent content) {
        for (var policy : policies) {
            var rejection = policy.check(item, content);
            if (rejection.isPresent()) {
                throw new CatalogueRefusal(rejection.get());
            }
        }
    }
}
