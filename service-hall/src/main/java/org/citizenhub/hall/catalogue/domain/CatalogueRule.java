package org.citizenhub.hall.catalogue.domain;

import java.util.Locale;

/**
 * The catalogue's named rules. Each refusal names one; the web layer answers it as the problem type of the same
 * name (slug = kebab-case of the name), so a rule found in the text of a regulation is found in the API too.
 */
public enum CatalogueRule {
    /** GB/T 39554.1: 基本编码 is twelve digits. */
    BASIC_CODE_MALFORMED(400),
    /** 实施编码: the implementing body's 统一社会信用代码 (18), the 基本编码 (12), a one-digit serial. */
    IMPLEMENTATION_CODE_MALFORMED(400),
    IMPLEMENTATION_CODE_WITHOUT_ITS_BASIC_CODE(400),
    IMPLEMENTATION_CODE_TAKEN(409),
    /** 一点受理: a version's first department is the item's accepting department. */
    ACCEPTING_DEPARTMENT_FIRST(400),
    DEPARTMENT_UNKNOWN(400),
    DEPARTMENT_LISTED_TWICE(400),
    /** 承诺时限 never exceeds 法定时限. */
    PROMISED_LIMIT_EXCEEDS_STATUTORY(400),
    /** A material an electronic licence replaces names the licence type (电子证照目录). */
    LICENCE_TYPE_MISSING(400),
    FORM_SCHEMA_MISSING(400),
    FORM_SCHEMA_INVALID(400),
    FORM_SCHEMA_NOT_AN_OBJECT(400),
    PROCESS_WITHOUT_STEPS(400),
    PROCESS_STEP_KEY_TWICE(400),
    /** 一点受理: the first step is the accepting window's. */
    PROCESS_STARTS_AT_THE_WINDOW(400),
    PROCESS_REVIEW_WITHOUT_DEPARTMENTS(400),
    PROCESS_DEPARTMENT_NOT_OF_THE_ITEM(400),
    /** The steps' limits together fit within the statutory limit. */
    PROCESS_EXCEEDS_STATUTORY_LIMIT(400),
    NO_DRAFT_TO_PUBLISH(409),
    NOTHING_PUBLISHED_TO_WITHDRAW(409);

    private final int status;

    CatalogueRule(int status) {
        this.status = status;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public int status() {
        return status;
    }
}
