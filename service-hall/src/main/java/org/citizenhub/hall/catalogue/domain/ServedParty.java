package org.citizenhub.hall.catalogue.domain;

/** Whom an item serves (服务对象): natural persons (个人) or legal persons and other organisations (法人). */
public enum ServedParty {
    PERSON, LEGAL_PERSON
}
