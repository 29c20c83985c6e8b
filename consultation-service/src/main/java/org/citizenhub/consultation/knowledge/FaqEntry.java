package org.citizenhub.consultation.knowledge;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citizenhub.casework.actor.Actor;

/**
 * A staff-written 常见问题 entry: drafted and edited by staff, published only after a reviewer other than its author
 * approved it (先审后发), withdrawn when it no longer holds. Its texts are masked before they reach this object, so
 * nothing unmasked is ever stored or searched. No framework, no I/O.
 */
public final class FaqEntry {

    public static final int MAX_TITLE = 100;
    public static final int MAX_QUESTION = 2_000;
    public static final int MAX_ANSWER = 5_000;
    public static final int MAX_COMMENT = 1_000;

    public enum Status {
        DRAFT, IN_REVIEW, PUBLISHED, WITHDRAWN
    }

    /** The texts, already masked. */
    public record Content(String category, String title, String question, String answer) {
        public Content {
            Objects.requireNonNull(category, "category");
            title = require(title, MAX_TITLE, "title");
            question = require(question, MAX_QUESTION, "question");
            answer = require(answer, MAX_ANSWER, "answer");
        }
    }

    /** The last review: approved (comment optional) or sent back (with the reason). */
    public record Review(String reviewerId, Instant at, boolean approved, String comment) {
    }

    public record State(UUID id, Content content, Status status, String authorId, Review review, Instant createdAt,
                        Instant publishedAt, long version) {
    }

    private State state;

    private FaqEntry(State state) {
        this.state = state;
    }

    public static FaqEntry restore(State state) {
        return new FaqEntry(state);
    }

    public static FaqEntry draft(UUID id, Actor author, Content content, Instant at) {
        requireStaff(author);
        return new FaqEntry(new State(id, content, Status.DRAFT, author.id(), null, at, null, 0));
    }

    /** Staff edit a draft (also one a reviewer sent back); a published entry is withdrawn and drafted anew instead. */
    public void edit(Actor editor, Content content, Instant at) {
        requireStaff(editor);
        require(Status.DRAFT, "edited");
        state = new State(state.id(), content, Status.DRAFT, state.authorId(), state.review(), state.createdAt(),
                state.publishedAt(), state.version());
    }

    public void submitForReview(Actor author) {
        requireStaff(author);
        require(Status.DRAFT, "submitted for review");
        move(Status.IN_REVIEW, state.review(), state.publishedAt());
    }

    /** 先审后发: a reviewer, never the author, approves publication. */
    public void approve(Actor reviewer, String comment, Instant at) {
        requireReviewer(reviewer);
        require(Status.IN_REVIEW, "approved");
        move(Status.PUBLISHED, new Review(reviewer.id(), at, true, optional(comment)), at);
    }

    public void sendBack(Actor reviewer, String comment, Instant at) {
        requireReviewer(reviewer);
        require(Status.IN_REVIEW, "sent back");
        move(Status.DRAFT, new Review(reviewer.id(), at, false, require(comment, MAX_COMMENT, "comment")),
                state.publishedAt());
    }

    public void withdraw(Actor staff) {
        requireStaff(staff);
        require(Status.PUBLISHED, "withdrawn");
        move(Status.WITHDRAWN, state.review(), state.publishedAt());
    }

    public State state() {
        return state;
    }

    private void requireReviewer(Actor reviewer) {
        if (reviewer.role() != Actor.Role.REVIEWER && reviewer.role() != Actor.Role.SUPERVISOR) {
            throw new KnowledgeRefusal(KnowledgeProblem.FAQ_REVIEWED_BY_A_REVIEWER_OTHER_THAN_THE_AUTHOR,
                    state.id());
        }
        if (reviewer.id().equals(state.authorId())) {
            throw new KnowledgeRefusal(KnowledgeProblem.FAQ_REVIEWED_BY_A_REVIEWER_OTHER_THAN_THE_AUTHOR,
                    state.id());
        }
    }

    private static void requireStaff(Actor actor) {
        if (actor.role() == Actor.Role.CITIZEN || actor.role() == Actor.Role.SYSTEM) {
            throw new IllegalStateException("Only staff write FAQ entries");
        }
    }

    private void require(Status expected, String step) {
        if (state.status() != expected) {
            throw new KnowledgeRefusal(KnowledgeProblem.FAQ_NOT_IN_STATE, state.id(), state.status(), step);
        }
    }

    private void move(Status to, Review review, Instant publishedAt) {
        state = new State(state.id(), state.content(), to, state.authorId(), review, state.createdAt(), publishedAt,
                state.version());
    }

    private static String require(String text, int max, String field) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new IllegalArgumentException(field + ": 1–" + max + " characters");
        }
        return text.strip();
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : require(text, MAX_COMMENT, "comment");
    }
}
