package org.citizenhub.hall.catalogue.domain;

import java.util.Optional;

/** A named rule a version's content must meet: empty when allowed, the rejection and its reason otherwise. */
@FunctionalInterface
public interface VersionPolicy {

    Optional<Rejection> check(Item item, VersionContent content);
}
