package org.citizenhub.hall.catalogue.domain;

import java.util.List;

/** A change to the catalogue that one of its rules refuses, with the arguments of the rule's message. */
public final class CatalogueRefusal extends RuntimeException {

    private final CatalogueRule rule;
    private final transient List<Object> args;

    public CatalogueRefusal(CatalogueRule rule, Object... args) {
        super(rule.slug());
        this.rule = rule;
        this.args = List.of(args);
    }

    public CatalogueRefusal(Rejection rejection) {
        this(rejection.rule(), rejection.args().toArray());
    }

    public CatalogueRule rule() {
        return rule;
    }

    public Object[] args() {
        return args.toArray();
    }
}
