package org.citizenhub.survey.surveys.results.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.citizenhub.privacy.PersonalDataMasker;
import org.citizenhub.survey.surveys.questionnaire.Answer;
import org.citizenhub.survey.surveys.questionnaire.Answers;
import org.citizenhub.survey.surveys.questionnaire.Option;
import org.citizenhub.survey.surveys.questionnaire.Question;
import org.citizenhub.survey.surveys.questionnaire.Questionnaire;
import org.citizenhub.survey.surveys.results.domain.Count;
import org.citizenhub.survey.surveys.results.domain.QuestionResult;
import org.citizenhub.survey.surveys.results.domain.SurveyResults;

/**
 * The two sheets of an export. "Answers": one row per response, numbered, without anything that identifies a
 * respondent (no response id, no respondent, no time; free text masked by platform/privacy, files as their number);
 * one column per question, or per option / row / ranked option where a question has several values. "Results": one
 * row per counted item of every question.
 */
public final class Sheets {

    public static final String ANSWERS = "answers";
    public static final String RESULTS = "results";

    private final Questionnaire questionnaire;
    private final PersonalDataMasker masker;
    private final List<Column> columns = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();

    private record Column(String header, Question question, Option sub) {
    }

    public Sheets(Questionnaire questionnaire, PersonalDataMasker masker) {
        this.questionnaire = questionnaire;
        this.masker = masker;
        for (Question q : questionnaire.questions()) {
            switch (q) {
                case Question.MultipleChoice m -> m.options().forEach(o -> columns.add(
                        new Column(q.key() + "[" + o.key() + "] " + q.title() + " / " + o.label(), q, o)));
                case Question.Matrix m -> m.rows().forEach(o -> columns.add(
                        new Column(q.key() + "[" + o.key() + "] " + q.title() + " / " + o.label(), q, o)));
                case Question.Ranking r -> r.options().forEach(o -> columns.add(
                        new Column(q.key() + "[" + o.key() + "] " + q.title() + " / " + o.label(), q, o)));
                default -> columns.add(new Column(q.key() + " " + q.title(), q, null));
            }
        }
    }

    /** Adds one response as the next row. */
    public Sheets add(Answers answers) {
        List<Object> row = new ArrayList<>(columns.size() + 1);
        row.add(rows.size() + 1);
        for (Column c : columns) {
            row.add(cell(c, answers.byQuestion().get(c.question().key())));
        }
        rows.add(row);
        return this;
    }

    public Table answers() {
        List<String> header = new ArrayList<>();
        header.add("#");
        columns.forEach(c -> header.add(c.header()));
        return new Table("答卷 Answers", header, rows);
    }

    public static Table results(SurveyResults results) {
        List<List<Object>> rows = new ArrayList<>();
        for (QuestionResult q : results.questions()) {
            switch (q) {
                case QuestionResult.Choice c -> c.options().forEach(o -> rows.add(row(q, o.label(), o, null)));
                case QuestionResult.MatrixTally m -> m.rows().forEach(r -> r.columns().forEach(
                        o -> rows.add(row(q, r.label() + " / " + o.label(), o, null))));
                case QuestionResult.RankingTally k -> k.options().forEach(o -> rows.add(Arrays.asList(q.key(),
                        q.title(), q.type(), q.answered(), o.label(), o.positions().isEmpty() ? null
                                : o.positions().getFirst(), null, o.averagePosition())));
                case QuestionResult.Numeric n -> {
                    rows.add(Arrays.asList(q.key(), q.title(), q.type(), q.answered(), "mean", null, null, n.mean()));
                    n.distribution().forEach(o -> rows.add(row(q, o.label(), o, null)));
                }
                case QuestionResult.AnsweredOnly a -> rows.add(Arrays.asList(q.key(), q.title(), q.type(),
                        q.answered(), null, null, null, null));
            }
        }
        return new Table("结果 Results", List.of("question", "title", "type", "answered", "item", "count",
                "percent", "mean / average position"), rows);
    }

    private static List<Object> row(QuestionResult q, String item, Count c, Object mean) {
        return Arrays.asList(q.key(), q.title(), q.type(), q.answered(), item, c.count(), c.percent(), mean);
    }

    private Object cell(Column c, Answer a) {
        if (a == null) {
            return null;
        }
        Question q = c.question();
        return switch (a) {
            case Answer.Chosen ch when q instanceof Question.SingleChoice s -> label(s.options(), ch.optionKey());
            case Answer.ChosenMany m when q instanceof Question.MultipleChoice -> m.optionKeys().contains(c.sub().key()) ? 1 : 0;
            case Answer.TextAnswer t when q instanceof Question.Text -> t.text() == null ? null : masker.maskText(t.text(), null);
            case Answer.NumberAnswer n when q instanceof Question.NumberQuestion -> n.value();
            case Answer.DateAnswer d when q instanceof Question.DateQuestion -> d.date();
            case Answer.ScaleAnswer s when q instanceof Question.RatingScale -> s.value();
            case Answer.MatrixAnswer m when q instanceof Question.Matrix mx -> {
                List<String> chosen = m.rows().get(c.sub().key());
                yield chosen == null || chosen.isEmpty() ? null
                        : String.join("; ", chosen.stream().map(k -> label(mx.columns(), k)).toList());
            }
            case Answer.RankingAnswer r when q instanceof Question.Ranking -> {
                int at = r.optionKeys().indexOf(c.sub().key());
                yield at < 0 ? null : at + 1;
            }
            case Answer.FilesAnswer f when q instanceof Question.FileQuestion -> f.attachmentIds().size();
            default -> null;
        };
    }

    private static String label(List<Option> options, String key) {
        return options.stream().filter(o -> o.key().equals(key)).map(Option::label).findFirst().orElse(key);
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }
}
