package org.citizenhub.survey.drafts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A draft policy put up for comment: its text in chapters and articles, who owns it and when it takes comments.
 * Articles are addressed as {@code "<chapter>.<article>"}, both counted from 1.
 */
public record Draft(String number, String title, String department, String site, Instant opensAt,
                    Instant closesAt, List<Chapter> chapters) {

    public record Chapter(String title, List<String> articles) {
        public Chapter {
            articles = List.copyOf(articles);
        }
    }

    public Draft {
        chapters = List.copyOf(chapters);
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        if (!closesAt.isAfter(opensAt) || chapters.isEmpty()
                || chapters.stream().anyMatch(c -> c.articles().isEmpty())) {
            throw new DraftRefused(DraftRule.INVALID_DRAFT);
        }
    }

    public boolean isOpen(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean isClosed(Instant now) {
        return !now.isBefore(closesAt);
    }

    /** Policy: comments only while open, on an article that exists (or the whole text: null). */
    public void requireCommentable(String article, Instant now) {
        if (!isOpen(now)) {
            throw new DraftRefused(DraftRule.DRAFT_NOT_OPEN, number);
        }
        if (article != null && !hasArticle(article)) {
            throw new DraftRefused(DraftRule.UNKNOWN_ARTICLE, article);
        }
    }

    public boolean hasArticle(String article) {
        String[] parts = article.split("\\.");
        if (parts.length != 2) {
            return false;
        }
        try {
            int chapter = Integer.parseInt(parts[0]);
            int no = Integer.parseInt(parts[1]);
            return chapter >= 1 && chapter <= chapters.size() && no >= 1
                    && no <= chapters.get(chapter - 1).articles().size();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
