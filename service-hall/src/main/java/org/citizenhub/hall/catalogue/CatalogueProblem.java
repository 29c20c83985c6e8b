package org.citizenhub.hall.catalogue;

import java.util.Locale;

import org.citizenhub.hall.catalogue.domain.CatalogueRule;
import org.citizenhub.web.problem.ProblemType;

/**
 * The catalogue's problem types: one per named rule ({@link CatalogueRule}, same name, same status) and the
 * catalogue's own lookups. Texts in org/citizenhub/hall/catalogue/problems*.properties.
 */
public enum CatalogueProblem implements ProblemType {
    BASIC_CODE_MALFORMED,
    IMPLEMENTATION_CODE_MALFORMED,
    IMPLEMENTATION_CODE_WITHOUT_ITS_BASIC_CODE,
    IMPLEMENTATION_CODE_TAKEN,
    ACCEPTING_DEPARTMENT_FIRST,
    DEPARTMENT_UNKNOWN,
    DEPARTMENT_LISTED_TWICE,
    PROMISED_LIMIT_EXCEEDS_STATUTORY,
    LICENCE_TYPE_MISSING,
    FORM_SCHEMA_MISSING,
    FORM_SCHEMA_INVALID,
    FORM_SCHEMA_NOT_AN_OBJECT,
    PROCESS_WITHOUT_STEPS,
    PROCESS_STEP_KEY_TWICE,
    PROCESS_STARTS_AT_THE_WINDOW,
    PROCESS_REVIEW_WITHOUT_DEPARTMENTS,
    PROCESS_DEPARTMENT_NOT_OF_THE_ITEM,
    PROCESS_EXCEEDS_STATUTORY_LIMIT,
    NO_DRAFT_TO_PUBLISH,
    NOTHING_PUBLISHED_TO_WITHDRAW,
    ITEM_NOT_FOUND(404);

    private final Integer status;

    CatalogueProblem() {
        this.status = null;
    }

    CatalogueProblem(int status) {
        this.status = status;
    }

    static CatalogueProblem of(CatalogueRule rule) {
        return valueOf(rule.name());
    }

    @Override
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public int status() {
        return status != null ? status : CatalogueRule.valueOf(name()).status();
    }

    @Override
    public String messageBundle() {
        return "org.citizenhub.hall.catalogue.problems";
    }
}
