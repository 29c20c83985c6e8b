package org.citizenhub.survey.surveys.results.domain;

import java.math.BigDecimal;

/**
 * How often one option (or value) was given, and its share of those who answered the question (for a multiple
 * choice the shares add up to more than 100 %).
 */
public record Count(String key, String label, long count, BigDecimal percent) {
}
