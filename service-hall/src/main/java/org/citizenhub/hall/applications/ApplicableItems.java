package org.citizenhub.hall.applications;

import java.util.Optional;

import org.citizenhub.hall.applications.domain.ApplicationTerms;

/**
 * Where applications learn an item: the version published now, with its terms (codes, accepting window, limits,
 * materials, the configured process) and its form. The catalogue feature answers it ({@code CatalogueItems}); the
 * applications feature never reads the catalogue's tables.
 */
public interface ApplicableItems {

    /** @param formSchema the item version's form, a JSON Schema of draft 2020-12 */
    record ApplicableItem(ApplicationTerms terms, String formSchema) {
    }

    Optional<ApplicableItem> published(String implementationCode);
}
