package org.citizenhub.survey.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.citizenhub.survey.surveys.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;

/** The parsed questionnaires of published versions, kept in a bounded least-recently-used cache. */
class PublishedQuestionnairesTest {

    private static final Instant PUBLISHED = Instant.parse("2026-11-16T02:00:00Z");

    /** Counts the parses; each parse gives a new object, as parsing the JSON does. */
    private static final class Parser implements Supplier<Questionnaire> {
        final AtomicInteger parses = new AtomicInteger();

        @Override
        public Questionnaire get() {
            parses.incrementAndGet();
            return new Questionnaire(List.of());
        }
    }

    @Test
    void a_published_version_is_parsed_once_and_the_same_object_is_returned_afterwards() {
        var cache = new PublishedQuestionnaires(4);
        var parser = new Parser();
        UUID survey = UUID.randomUUID();

        Questionnaire first = cache.of(survey, 1, PUBLISHED, parser);
        Questionnaire second = cache.of(survey, 1, PUBLISHED, parser);

        assertThat(second).isSameAs(first);
        assertThat(parser.parses).hasValue(1);
    }

    @Test
    void versions_and_surveys_are_kept_apart() {
        var cache = new PublishedQuestionnaires(4);
        var parser = new Parser();
        UUID survey = UUID.randomUUID();

        Questionnaire v1 = cache.of(survey, 1, PUBLISHED, parser);
        Questionnaire v2 = cache.of(survey, 2, PUBLISHED, parser);
        Questionnaire other = cache.of(UUID.randomUUID(), 1, PUBLISHED, parser);

        assertThat(v2).isNotSameAs(v1);
        assertThat(other).isNotSameAs(v1);
        assertThat(parser.parses).hasValue(3);
    }

    @Test
    void a_draft_is_never_kept_because_it_may_still_change() {
        var cache = new PublishedQuestionnaires(4);
        var parser = new Parser();
        UUID survey = UUID.randomUUID();

        Questionnaire first = cache.of(survey, 2, null, parser);
        Questionnaire second = cache.of(survey, 2, null, parser);

        assertThat(second).isNotSameAs(first);
        assertThat(parser.parses).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void beyond_its_bound_the_least_recently_used_version_is_dropped() {
        var cache = new PublishedQuestionnaires(2);
        var parser = new Parser();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();

        Questionnaire keptA = cache.of(a, 1, PUBLISHED, parser);
        cache.of(b, 1, PUBLISHED, parser);
        cache.of(a, 1, PUBLISHED, parser);          // a is now the most recently used
        cache.of(c, 1, PUBLISHED, parser);          // over the bound: b goes

        assertThat(cache.size()).isEqualTo(2);
        assertThat(parser.parses).hasValue(3);
        assertThat(cache.of(a, 1, PUBLISHED, parser)).isSameAs(keptA);
        assertThat(parser.parses).hasValue(3);
        cache.of(b, 1, PUBLISHED, parser);          // parsed again
        assertThat(parser.parses).hasValue(4);
        assertThat(cache.size()).isEqualTo(2);
    }
}
