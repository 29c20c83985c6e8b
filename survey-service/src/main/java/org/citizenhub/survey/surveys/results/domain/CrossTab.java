package org.citizenhub.survey.surveys.results.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Two choice or scale questions against each other: {@code counts[r][c]} responses gave row option r to the row
 * question and column option c to the column question. Only responses that answered both count; a multiple choice
 * puts one response into every cell it chose. {@code rowPercents[r][c]} is the cell's share of its row total.
 */
public record CrossTab(Axis rows, Axis columns, List<List<Long>> counts, List<List<BigDecimal>> rowPercents,
                       List<Long> rowTotals, List<Long> columnTotals, long responses) {

    public record Axis(String questionKey, String title, List<Label> labels) {
    }

    public record Label(String key, String label) {
    }
}
