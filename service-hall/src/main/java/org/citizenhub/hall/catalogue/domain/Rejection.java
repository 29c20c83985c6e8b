package org.citizenhub.hall.catalogue.domain;

import java.util.List;

/** What a policy answers when it does not allow something: the rule and the arguments of its message. */
public record Rejection(CatalogueRule rule, List<Object> args) {

    public static Rejection of(CatalogueRule rule, Object... args) {
        return new Rejection(rule, List.of(args));
    }
}
