package org.citizenhub.survey.interviews.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A scheduled session with officials, and its transcript once published (the later phase has its own value).
 *
 * @param transcript null until the transcript is published
 */
public record Interview(UUID id, Session session, Transcript transcript) {

    /** What is announced: who answers (the department, its site), about what, with which guests, when. */
    public record Session(String department, String site, String title, List<String> guests, Instant startsAt,
                          Instant endsAt) {
        public Session {
            guests = List.copyOf(guests);
        }

        /** A session ends after it starts and lasts at most {@code longest}. */
        public static Session scheduled(String department, String site, String title, List<String> guests,
                                        Instant startsAt, Instant endsAt, Duration longest) {
            if (!endsAt.isAfter(startsAt) || Duration.between(startsAt, endsAt).compareTo(longest) > 0) {
                throw new InterviewRefused(InterviewRule.INVALID_SCHEDULE, longest.toHours());
            }
            return new Session(department, site, title, guests, startsAt, endsAt);
        }

        public boolean ended(Instant now) {
            return !now.isBefore(endsAt);
        }
    }

    public record Transcript(Instant publishedAt) {
    }

    public boolean published() {
        return transcript != null;
    }

    /** The transcript is published once, after the session has ended. */
    public Transcript publish(Instant now) {
        if (published() || !session.ended(now)) {
            throw new InterviewRefused(InterviewRule.TRANSCRIPT_NOT_PUBLISHABLE);
        }
        return new Transcript(now);
    }
}
