package org.citizenhub.survey.surveys.results.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citizenhub.survey.surveys.questionnaire.Answer;
import org.citizenhub.survey.surveys.questionnaire.Answers;
import org.citizenhub.survey.surveys.questionnaire.Question;
import org.citizenhub.survey.surveys.questionnaire.Questionnaire;

/**
 * Builds a {@link CrossTab} of two questions of fixed categories (single choice, multiple choice, rating scale), one
 * response at a time. A response counts only when it answered both; a multiple choice puts it into every category it
 * chose, so a row's cells may add up to more than its total of respondents.
 */
public final class CrossTabulation {

    private final Axis rows;
    private final Axis columns;
    private final long[][] counts;
    private final long[] rowTotals;
    private final long[] columnTotals;
    private long responses;

    /** @throws ResultsRefused {@code UNKNOWN_QUESTION} or {@code NOT_CROSS_TABULABLE} */
    public CrossTabulation(Questionnaire questionnaire, String rowKey, String columnKey) {
        Question r = questionnaire.question(rowKey)
                .orElseThrow(() -> new ResultsRefused(ResultsRefused.Rule.UNKNOWN_QUESTION, rowKey));
        Question c = questionnaire.question(columnKey)
                .orElseThrow(() -> new ResultsRefused(ResultsRefused.Rule.UNKNOWN_QUESTION, columnKey));
        if (rowKey.equals(columnKey)) {
            throw new ResultsRefused(ResultsRefused.Rule.NOT_CROSS_TABULABLE, columnKey);
        }
        this.rows = Axis.of(r);
        this.columns = Axis.of(c);
        this.counts = new long[rows.size()][columns.size()];
        this.rowTotals = new long[rows.size()];
        this.columnTotals = new long[columns.size()];
    }

    public CrossTabulation add(Answers answers) {
        List<Integer> rs = rows.categories(answers);
        List<Integer> cs = columns.categories(answers);
        if (rs.isEmpty() || cs.isEmpty()) {
            return this;
        }
        responses++;
        rs.forEach(i -> rowTotals[i]++);
        cs.forEach(j -> columnTotals[j]++);
        for (int i : rs) {
            for (int j : cs) {
                counts[i][j]++;
            }
        }
        return this;
    }

    public CrossTab result() {
        List<List<Long>> cells = new ArrayList<>();
        List<List<java.math.BigDecimal>> percents = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Long> row = new ArrayList<>();
            List<java.math.BigDecimal> pct = new ArrayList<>();
            for (int j = 0; j < columns.size(); j++) {
                row.add(counts[i][j]);
                pct.add(Percent.of(counts[i][j], rowTotals[i]));
            }
            cells.add(List.copyOf(row));
            percents.add(List.copyOf(pct));
        }
        return new CrossTab(rows.axis, columns.axis, List.copyOf(cells), List.copyOf(percents),
                java.util.Arrays.stream(rowTotals).boxed().toList(),
                java.util.Arrays.stream(columnTotals).boxed().toList(), responses);
    }

    /** The categories of one question: option keys, or the points of a rating scale. */
    private record Axis(String key, CrossTab.Axis axis, Map<String, Integer> index) {

        static Axis of(Question q) {
            List<CrossTab.Label> labels = new ArrayList<>();
            switch (q) {
                case Question.SingleChoice s -> s.options().forEach(o -> labels.add(new CrossTab.Label(o.key(), o.label())));
                case Question.MultipleChoice m -> m.options().forEach(o -> labels.add(new CrossTab.Label(o.key(), o.label())));
                case Question.RatingScale r -> {
                    for (int v = r.from(); v <= r.to(); v++) {
                        labels.add(new CrossTab.Label(String.valueOf(v), String.valueOf(v)));
                    }
                }
                default -> throw new ResultsRefused(ResultsRefused.Rule.NOT_CROSS_TABULABLE, q.key());
            }
            Map<String, Integer> index = new LinkedHashMap<>();
            labels.forEach(l -> index.put(l.key(), index.size()));
            return new Axis(q.key(), new CrossTab.Axis(q.key(), q.title(), List.copyOf(labels)), index);
        }

        int size() {
            return index.size();
        }

        List<Integer> categories(Answers answers) {
            Answer a = answers.byQuestion().get(key);
            List<String> keys = switch (a) {
                case null -> List.of();
                case Answer.ScaleAnswer s -> List.of(String.valueOf(s.value()));
                default -> List.copyOf(new java.util.LinkedHashSet<>(a.chosenOptions()));
            };
            return keys.stream().map(index::get).filter(java.util.Objects::nonNull).distinct().toList();
        }
    }
}
