package org.citizenhub.survey.surveys.results.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.citizenhub.survey.surveys.questionnaire.Answer;
import org.citizenhub.survey.surveys.questionnaire.Answers;
import org.citizenhub.survey.surveys.questionnaire.Option;
import org.citizenhub.survey.surveys.questionnaire.Question;
import org.citizenhub.survey.surveys.questionnaire.Questionnaire;

/**
 * Counts a survey's responses question by question, one response at a time (a survey with many thousands of
 * responses is streamed, never held in memory). The questions, their order, titles and options are those of the
 * questionnaire given (the newest version); an answer given to an older version whose question has since changed
 * its type is not counted, and an option that only an older version had is counted under its key, after the
 * current options.
 *
 * <p>The base of every percentage is the number of responses that answered the question (for a matrix: that row),
 * not all responses: a question hidden by its display condition does not dilute its own figures.
 */
public final class Tally {

    private final Questionnaire questionnaire;
    private final Map<String, Counter> counters = new LinkedHashMap<>();
    private long responses;

    public Tally(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        for (Question q : questionnaire.questions()) {
            counters.put(q.key(), counter(q));
        }
    }

    /** Counts one response. */
    public Tally add(Answers answers) {
        responses++;
        answers.byQuestion().forEach((key, answer) -> {
            Counter c = counters.get(key);
            if (c != null) {
                c.add(answer);
            }
        });
        return this;
    }

    public long responses() {
        return responses;
    }

    public SurveyResults results(UUID surveyId, String title) {
        List<QuestionResult> results = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            results.add(counters.get(q.key()).result());
        }
        return new SurveyResults(surveyId, title, responses, results);
    }

    // --- one counter per kind of question ---------------------------------------------------------------------------

    private interface Counter {
        void add(Answer answer);

        QuestionResult result();
    }

    private static Counter counter(Question q) {
        return switch (q) {
            case Question.SingleChoice s -> new ChoiceCounter(q, s.options());
            case Question.MultipleChoice m -> new ChoiceCounter(q, m.options());
            case Question.Matrix m -> new MatrixCounter(m);
            case Question.Ranking r -> new RankingCounter(r);
            case Question.RatingScale r -> new NumericCounter(q, r.from(), r.to());
            case Question.NumberQuestion n -> new NumericCounter(q, 0, -1);
            case Question.Text t -> new AnsweredCounter(q);
            case Question.DateQuestion d -> new AnsweredCounter(q);
            case Question.FileQuestion f -> new AnsweredCounter(q);
        };
    }

    /** Option key → count, in the questionnaire's order, with unknown keys appended as they come. */
    private static final class Counts {
        final Map<String, Long> counts = new LinkedHashMap<>();
        final Map<String, String> labels = new LinkedHashMap<>();

        Counts(List<Option> options) {
            for (Option o : options) {
                counts.put(o.key(), 0L);
                labels.put(o.key(), o.label());
            }
        }

        void add(String key) {
            counts.merge(key, 1L, Long::sum);
        }

        List<Count> of(long base) {
            List<Count> list = new ArrayList<>();
            counts.forEach((k, n) -> list.add(new Count(k, labels.getOrDefault(k, k), n, Percent.of(n, base))));
            return list;
        }
    }

    private static final class ChoiceCounter implements Counter {
        private final Question question;
        private final Counts counts;
        private long answered;

        ChoiceCounter(Question question, List<Option> options) {
            this.question = question;
            this.counts = new Counts(options);
        }

        @Override
        public void add(Answer answer) {
            List<String> chosen = switch (answer) {
                case Answer.Chosen c when question instanceof Question.SingleChoice && c.optionKey() != null ->
                        List.of(c.optionKey());
                case Answer.ChosenMany m when question instanceof Question.MultipleChoice ->
                        m.optionKeys().stream().distinct().toList();
                default -> List.of();
            };
            if (!chosen.isEmpty()) {
                answered++;
                chosen.forEach(counts::add);
            }
        }

        @Override
        public QuestionResult result() {
            return new QuestionResult.Choice(question.key(), question.title(), question.type(), answered,
                    counts.of(answered));
        }
    }

    private static final class MatrixCounter implements Counter {
        private final Question.Matrix question;
        private final Map<String, Counts> rows = new LinkedHashMap<>();
        private final Map<String, Long> rowAnswered = new LinkedHashMap<>();
        private long answered;

        MatrixCounter(Question.Matrix question) {
            this.question = question;
            for (Option row : question.rows()) {
                rows.put(row.key(), new Counts(question.columns()));
                rowAnswered.put(row.key(), 0L);
            }
        }

        @Override
        public void add(Answer answer) {
            if (!(answer instanceof Answer.MatrixAnswer m)) {
                return;
            }
            boolean any = false;
            for (var e : m.rows().entrySet()) {
                Counts row = rows.get(e.getKey());
                if (row == null || e.getValue().isEmpty()) {
                    continue;
                }
                any = true;
                rowAnswered.merge(e.getKey(), 1L, Long::sum);
                e.getValue().stream().distinct().forEach(row::add);
            }
            if (any) {
                answered++;
            }
        }

        @Override
        public QuestionResult result() {
            List<QuestionResult.MatrixTally.Row> list = new ArrayList<>();
            for (Option row : question.rows()) {
                long base = rowAnswered.get(row.key());
                list.add(new QuestionResult.MatrixTally.Row(row.key(), row.label(), base, rows.get(row.key()).of(base)));
            }
            return new QuestionResult.MatrixTally(question.key(), question.title(), question.type(), answered, list);
        }
    }

    private static final class RankingCounter implements Counter {
        private final Question.Ranking question;
        private final Map<String, long[]> positions = new LinkedHashMap<>();
        private final Map<String, Long> sums = new LinkedHashMap<>();
        private long answered;

        RankingCounter(Question.Ranking question) {
            this.question = question;
            for (Option o : question.options()) {
                positions.put(o.key(), new long[question.options().size()]);
                sums.put(o.key(), 0L);
            }
        }

        @Override
        public void add(Answer answer) {
            if (!(answer instanceof Answer.RankingAnswer r) || r.optionKeys().isEmpty()) {
                return;
            }
            answered++;
            List<String> order = r.optionKeys();
            for (int i = 0; i < order.size(); i++) {
                long[] p = positions.get(order.get(i));
                if (p != null && i < p.length) {
                    p[i]++;
                    sums.merge(order.get(i), (long) i + 1, Long::sum);
                }
            }
        }

        @Override
        public QuestionResult result() {
            List<QuestionResult.RankingTally.Ranked> list = new ArrayList<>();
            for (Option o : question.options()) {
                long[] p = positions.get(o.key());
                long placed = java.util.Arrays.stream(p).sum();
                list.add(new QuestionResult.RankingTally.Ranked(o.key(), o.label(),
                        Percent.mean(BigDecimal.valueOf(sums.get(o.key())), placed),
                        java.util.Arrays.stream(p).boxed().toList()));
            }
            return new QuestionResult.RankingTally(question.key(), question.title(), question.type(), answered, list);
        }
    }

    /** A rating scale ({@code from..to}, every point listed) or a number ({@code from > to}: the values given). */
    private static final class NumericCounter implements Counter {
        private final Question question;
        private final TreeMap<BigDecimal, Long> values = new TreeMap<>();
        private BigDecimal sum = BigDecimal.ZERO;
        private long answered;

        NumericCounter(Question question, int from, int to) {
            this.question = question;
            for (int v = from; v <= to; v++) {
                values.put(BigDecimal.valueOf(v), 0L);
            }
        }

        @Override
        public void add(Answer answer) {
            BigDecimal value = switch (answer) {
                case Answer.ScaleAnswer s when question instanceof Question.RatingScale -> BigDecimal.valueOf(s.value());
                case Answer.NumberAnswer n when question instanceof Question.NumberQuestion && n.value() != null ->
                        n.value().stripTrailingZeros();
                default -> null;
            };
            if (value == null) {
                return;
            }
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
            answered++;
            sum = sum.add(value);
            values.merge(value, 1L, Long::sum);
        }

        @Override
        public QuestionResult result() {
            List<Count> distribution = new ArrayList<>();
            values.forEach((v, n) -> distribution.add(new Count(v.toPlainString(), label(v), n,
                    Percent.of(n, answered))));
            BigDecimal min = values.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            BigDecimal max = values.descendingMap().entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            return new QuestionResult.Numeric(question.key(), question.title(), question.type(), answered,
                    Percent.mean(sum, answered), min, max, distribution);
        }

        /** The ends of a rating scale carry their labels: "1 非常不满意" … "5 非常满意". */
        private String label(BigDecimal v) {
            if (question instanceof Question.RatingScale r) {
                if (v.intValue() == r.from() && r.lowLabel() != null && !r.lowLabel().isBlank()) {
                    return v.toPlainString() + " " + r.lowLabel();
                }
                if (v.intValue() == r.to() && r.highLabel() != null && !r.highLabel().isBlank()) {
                    return v.toPlainString() + " " + r.highLabel();
                }
            }
            return v.toPlainString();
        }
    }

    private static final class AnsweredCounter implements Counter {
        private final Question question;
        private long answered;

        AnsweredCounter(Question question) {
            this.question = question;
        }

        @Override
        public void add(Answer answer) {
            boolean given = switch (answer) {
                case Answer.TextAnswer t when question instanceof Question.Text -> t.text() != null && !t.text().isBlank();
                case Answer.DateAnswer d when question instanceof Question.DateQuestion -> d.date() != null;
                case Answer.FilesAnswer f when question instanceof Question.FileQuestion -> !f.attachmentIds().isEmpty();
                default -> false;
            };
            if (given) {
                answered++;
            }
        }

        @Override
        public QuestionResult result() {
            return new QuestionResult.AnsweredOnly(question.key(), question.title(), question.type(), answered);
        }
    }
}
