package org.citizenhub.survey.surveys.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;


/**
 * A questionnaire as data: pages of questions. {@link #defects()} says whether it may be saved; {@link
 * #validate(Answers)} is the server-side check of a response against it, top to bottom, with the display conditions
 * evaluated on the answers above each question.
 */
public record Questionnaire(List<Page> pages) {

    public static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,40}");

    public Questionnaire {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** Every question, page after page. */
    @JsonIgnore
    public List<Question> questions() {
        return pages.stream().flatMap(p -> p.questions().stream()).toList();
    }

    public Optional<Question> question(String key) {
        return questions().stream().filter(q -> q.key().equals(key)).findFirst();
    }

    // --- structure --------------------------------------------------------------------------------------------------

    /** What is wrong with this questionnaire; empty when it may be saved and published. */
    public List<QuestionnaireDefect> defects() {
        List<QuestionnaireDefect> defects = new ArrayList<>();
        if (questions().isEmpty()) {
            defects.add(QuestionnaireDefect.of("/pages", QuestionnaireDefect.Code.NO_QUESTIONS));
        }
        Set<String> pageKeys = new HashSet<>();
        Map<String, Question> earlier = new HashMap<>();
        Set<String> allKeys = new HashSet<>();
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            String pagePath = "/pages/" + p;
            key(page.key(), pagePath + "/key", pageKeys, defects);
            for (int i = 0; i < page.questions().size(); i++) {
                Question q = page.questions().get(i);
                String path = pagePath + "/questions/" + i;
                key(q.key(), path + "/key", allKeys, defects);
                if (q.title() == null || q.title().isBlank()) {
                    defects.add(QuestionnaireDefect.of(path + "/title", QuestionnaireDefect.Code.MISSING_TITLE,
                            q.key()));
                }
                structure(q, path, defects);
                if (q.showWhen() != null) {
                    condition(q, q.showWhen(), path + "/showWhen", earlier, defects);
                }
                if (q.key() != null) {
                    earlier.putIfAbsent(q.key(), q);
                }
            }
        }
        return defects;
    }

    /** The defects of a quota's condition: it may read any question of the questionnaire. */
    public List<QuestionnaireDefect> conditionDefects(DisplayCondition condition, String path) {
        List<QuestionnaireDefect> defects = new ArrayList<>();
        Map<String, Question> all = new HashMap<>();
        questions().forEach(q -> all.putIfAbsent(q.key(), q));
        condition.references((questionKey, optionKey) -> reference(null, questionKey, optionKey, path, all, defects));
        return defects;
    }

    private static void key(String key, String path, Set<String> seen, List<QuestionnaireDefect> defects) {
        if (key == null || !KEY.matcher(key).matches()) {
            defects.add(QuestionnaireDefect.of(path, QuestionnaireDefect.Code.INVALID_KEY, String.valueOf(key)));
        } else if (!seen.add(key)) {
            defects.add(QuestionnaireDefect.of(path, QuestionnaireDefect.Code.DUPLICATE_KEY, key));
        }
    }

    private static void options(List<Option> options, int least, String path, List<QuestionnaireDefect> defects) {
        if (options.size() < least) {
            defects.add(QuestionnaireDefect.of(path, QuestionnaireDefect.Code.NO_OPTIONS, least));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            key(options.get(i).key(), path + "/" + i + "/key", keys, defects);
        }
    }

    private static void range(boolean ok, String path, String key, List<QuestionnaireDefect> defects) {
        if (!ok) {
            defects.add(QuestionnaireDefect.of(path, QuestionnaireDefect.Code.INVALID_RANGE, key));
        }
    }

    private static void structure(Question question, String path, List<QuestionnaireDefect> defects) {
        String key = question.key();
        switch (question) {
            case Question.SingleChoice q -> options(q.options(), 2, path + "/options", defects);
            case Question.MultipleChoice q -> {
                options(q.options(), 2, path + "/options", defects);
                int min = q.min() == null ? 1 : q.min();
                int max = q.max() == null ? q.options().size() : q.max();
                range(min >= 0 && min <= max && max >= 1 && max <= q.options().size(), path, key, defects);
            }
            case Question.Text q -> range(q.maxLength() >= 1 && q.maxLength() <= 10_000, path + "/maxLength", key,
                    defects);
            case Question.NumberQuestion q -> range(q.decimals() >= 0 && q.decimals() <= 10
                    && (q.min() == null || q.max() == null || q.min().compareTo(q.max()) <= 0), path, key, defects);
            case Question.DateQuestion q -> range(q.earliest() == null || q.latest() == null
                    || !q.earliest().isAfter(q.latest()), path, key, defects);
            case Question.RatingScale q -> range(q.from() >= 0 && q.from() < q.to() && q.to() - q.from() <= 10,
                    path, key, defects);
            case Question.Matrix q -> {
                options(q.rows(), 1, path + "/rows", defects);
                options(q.columns(), 2, path + "/columns", defects);
            }
            case Question.Ranking q -> options(q.options(), 2, path + "/options", defects);
            case Question.FileQuestion q -> range(q.maxFiles() >= 1 && q.maxFiles() <= 10, path + "/maxFiles", key,
                    defects);
        }
    }

    private static void condition(Question owner, DisplayCondition condition, String path,
                                  Map<String, Question> earlier, List<QuestionnaireDefect> defects) {
        condition.references((questionKey, optionKey) ->
                reference(owner, questionKey, optionKey, path, earlier, defects));
    }

    private static void reference(Question owner, String questionKey, String optionKey, String path,
                                  Map<String, Question> readable, List<QuestionnaireDefect> defects) {
        Question target = readable.get(questionKey);
        if (target == null) {
            defects.add(QuestionnaireDefect.of(path, QuestionnaireDefect.Code.CONDITION_REFERS_TO_EARLIER_QUESTION,
                    owner == null ? "" : owner.key(), String.valueOf(questionKey)));
            return;
        }
        if (optionKey != null) {
            List<Option> options = switch (target) {
                case Question.SingleChoice q -> q.options();
                case Question.MultipleChoice q -> q.options();
                default -> List.of();
            };
            if (options.stream().noneMatch(o -> optionKey.equals(o.key()))) {
                defects.add(QuestionnaireDefect.of(path, QuestionnaireDefect.Code.CONDITION_UNKNOWN_OPTION,
                        questionKey, optionKey));
            }
        }
    }

    // --- answers ----------------------------------------------------------------------------------------------------

    /** Whether each question is shown for these answers (conditions see only the shown questions above). */
    public Set<String> shownQuestions(Answers answers) {
        Set<String> shown = new LinkedHashSet<>();
        for (Question q : questions()) {
            if (q.showWhen() == null || q.showWhen().holds(answers.only(shown))) {
                shown.add(q.key());
            }
        }
        return shown;
    }

    /**
     * Every reason the answers are not accepted, in questionnaire order; empty when they are. A question hidden by
     * its condition must be unanswered and is never required.
     */
    public List<AnswerViolation> validate(Answers answers) {
        List<AnswerViolation> violations = new ArrayList<>();
        Set<String> known = new HashSet<>();
        questions().forEach(q -> known.add(q.key()));
        answers.byQuestion().keySet().stream().filter(k -> !known.contains(k))
                .forEach(k -> violations.add(AnswerViolation.of(k, AnswerViolation.Code.UNKNOWN_QUESTION, k)));
        Set<String> shown = shownQuestions(answers);
        for (Question q : questions()) {
            Answer answer = answers.get(q.key()).filter(a -> !empty(a)).orElse(null);
            if (!shown.contains(q.key())) {
                if (answers.get(q.key()).isPresent()) {
                    violations.add(AnswerViolation.of(q.key(), AnswerViolation.Code.HIDDEN_QUESTION_ANSWERED));
                }
            } else if (answer == null) {
                if (q.required()) {
                    violations.add(AnswerViolation.of(q.key(), AnswerViolation.Code.REQUIRED));
                }
            } else {
                check(q, answer, violations);
            }
        }
        return violations;
    }

    /** An answer that says nothing counts as no answer (an empty list, blank text, a missing value). */
    static boolean empty(Answer answer) {
        return switch (answer) {
            case Answer.Chosen a -> a.optionKey() == null;
            case Answer.ChosenMany a -> a.optionKeys().isEmpty();
            case Answer.TextAnswer a -> a.text() == null || a.text().isBlank();
            case Answer.NumberAnswer a -> a.value() == null;
            case Answer.DateAnswer a -> a.date() == null;
            case Answer.ScaleAnswer a -> false;
            case Answer.MatrixAnswer a -> a.rows().isEmpty();
            case Answer.RankingAnswer a -> a.optionKeys().isEmpty();
            case Answer.FilesAnswer a -> a.attachmentIds().isEmpty();
        };
    }

    private static void check(Question question, Answer answer, List<AnswerViolation> out) {
        String key = question.key();
        switch (question) {
            case Question.SingleChoice q when answer instanceof Answer.Chosen a -> {
                if (!keys(q.options()).contains(a.optionKey())) {
                    out.add(AnswerViolation.of(key, AnswerViolation.Code.UNKNOWN_OPTION, a.optionKey()));
                }
            }
            case Question.MultipleChoice q when answer instanceof Answer.ChosenMany a -> {
                if (chosen(key, a.optionKeys(), keys(q.options()), out)) {
                    int min = q.min() == null ? 1 : q.min();
                    int max = q.max() == null ? q.options().size() : q.max();
                    if (a.optionKeys().size() < min) {
                        out.add(AnswerViolation.of(key, AnswerViolation.Code.TOO_FEW_CHOICES, min));
                    } else if (a.optionKeys().size() > max) {
                        out.add(AnswerViolation.of(key, AnswerViolation.Code.TOO_MANY_CHOICES, max));
                    }
                }
            }
            case Question.Text q when answer instanceof Answer.TextAnswer a -> {
                if (a.text().codePointCount(0, a.text().length()) > q.maxLength()) {
                    out.add(AnswerViolation.of(key, AnswerViolation.Code.TEXT_TOO_LONG, q.maxLength()));
                } else if (!q.multiline() && (a.text().indexOf('\n') >= 0 || a.text().indexOf('\r') >= 0)) {
                    out.add(AnswerViolation.of(key, AnswerViolation.Code.TEXT_NOT_ONE_LINE));
                }
            }
            case Question.NumberQuestion q when answer instanceof Answer.NumberAnswer a -> {
                BigDecimal v = a.value();
                if (q.min() != null && v.compareTo(q.min()) < 0) {
                    out.add(AnswerViolation.of(key, AnswerViolation.Code.NUMBER_TOO_SMALL, q.min().toPlainString()));
                } else if (q.max() != null && v.compareTo(q.max()) > 0) {
                    out.add(AnswerViolation.of(key, AnswerViolation.Code.NUMBER_TOO_LARGE, q.max().toPlainString()));
                } else if (Math.max(0, v.stripTrailingZeros().scale()) > q.decimals()) {
                    out.add(AnswerViolation.of(key, AnswerViolation.Code.TOO_MANY_DECIMALS, q.decimals()));
                }
            }
            case Question.DateQuestion q when answer instanceof Answer.DateAnswer a -> {
                if (q.earliest() != null && a.date().isBefore(q.earliest())) {
                    out.add(AnswerViolation.of(key, AnswerViolation.Code.DATE_TOO_EARLY, q.earliest().toString()));
                } else if (q.latest() != null && a.date().isAfter(q.latest())) {
                    out.add(AnswerViolation.of(key, AnswerViolation.Code.DATE_TOO_LATE, q.latest().toString()));
                }
            }
            case Question.RatingScale q when answer instanceof Answer.ScaleAnswer a -> {
                if (a.value() < q.from() || a.value() > q.to()) {
                    out.add(AnswerViolation.of(key, AnswerViolation.Code.SCALE_OUT_OF_RANGE, q.from(), q.to()));
                }
            }
            case Question.Matrix q when answer instanceof Answer.MatrixAnswer a -> matrix(q, a, out);
            case Question.Ranking q when answer instanceof Answer.RankingAnswer a -> {
                Set<String> options = keys(q.options());
                if (chosen(key, a.optionKeys(), options, out) && !Set.copyOf(a.optionKeys()).equals(options)) {
                    out.add(AnswerViolation.of(key, AnswerViolation.Code.RANKING_INCOMPLETE, options.size()));
                }
            }
            case Question.FileQuestion q when answer instanceof Answer.FilesAnswer a -> {
                if (Set.copyOf(a.attachmentIds()).size() > q.maxFiles()) {
                    out.add(AnswerViolation.of(key, AnswerViolation.Code.TOO_MANY_FILES, q.maxFiles()));
                }
            }
            default -> out.add(AnswerViolation.of(key, AnswerViolation.Code.WRONG_TYPE, question.type()));
        }
    }

    private static void matrix(Question.Matrix q, Answer.MatrixAnswer a, List<AnswerViolation> out) {
        String key = q.key();
        Set<String> rows = keys(q.rows());
        Set<String> columns = keys(q.columns());
        for (var row : a.rows().entrySet()) {
            if (!rows.contains(row.getKey())) {
                out.add(AnswerViolation.of(key, AnswerViolation.Code.UNKNOWN_ROW, row.getKey()));
            } else if (row.getValue().isEmpty()) {
                out.add(AnswerViolation.of(key, AnswerViolation.Code.ROW_UNANSWERED, row.getKey()));
            } else if (chosen(key, row.getValue(), columns, AnswerViolation.Code.UNKNOWN_COLUMN, out)
                    && !q.multiplePerRow() && row.getValue().size() > 1) {
                out.add(AnswerViolation.of(key, AnswerViolation.Code.ONE_COLUMN_PER_ROW, row.getKey()));
            }
        }
        if (q.required()) {
            q.rows().stream().map(Option::key).filter(r -> !a.rows().containsKey(r)).findFirst()
                    .ifPresent(r -> out.add(AnswerViolation.of(key, AnswerViolation.Code.ROW_UNANSWERED, r)));
        }
    }

    /** Known and distinct options; false after adding the violation. */
    private static boolean chosen(String key, List<String> chosen, Set<String> options, List<AnswerViolation> out) {
        return chosen(key, chosen, options, AnswerViolation.Code.UNKNOWN_OPTION, out);
    }

    private static boolean chosen(String key, List<String> chosen, Set<String> options, AnswerViolation.Code unknown,
                                  List<AnswerViolation> out) {
        Set<String> seen = new HashSet<>();
        for (String option : chosen) {
            if (!options.contains(option)) {
                out.add(AnswerViolation.of(key, unknown, String.valueOf(option)));
                return false;
            }
            if (!seen.add(option)) {
                out.add(AnswerViolation.of(key, AnswerViolation.Code.DUPLICATE_OPTION, option));
                return false;
            }
        }
        return true;
    }

    private static Set<String> keys(List<Option> options) {
        Set<String> keys = new LinkedHashSet<>();
        options.forEach(o -> keys.add(o.key()));
        return keys;
    }
}
