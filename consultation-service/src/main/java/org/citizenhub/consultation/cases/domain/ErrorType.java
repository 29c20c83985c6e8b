package org.citizenhub.consultation.cases.domain;

/** What is wrong with a government web page (纠错). */
public enum ErrorType {
    WRONG_OR_OUTDATED,
    BROKEN_LINK,
    PAGE_DOES_NOT_OPEN,
    OTHER
}
