package org.citizenhub.survey.surveys;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.citizenhub.survey.surveys.questionnaire.Questionnaire;

/**
 * Parsed questionnaires of published survey versions, least recently used dropped beyond {@code capacity}.
 *
 * <p>Every answer is validated against its survey's current version; parsing that version's JSON on every answer was
 * the largest share of the service's CPU per answer (docs/surveys-bench.md). A published version never changes (only
 * the unpublished draft is rewritten), so its parsed form can be kept; a draft is never kept. A plain bounded LRU,
 * because no cache library is on the service's classpath and this is the only cache it needs.
 */
final class PublishedQuestionnaires {

    private record Key(UUID surveyId, int version) {
    }

    private final int capacity;
    private final Map<Key, Questionnaire> entries;

    PublishedQuestionnaires(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Questionnaire> eldest) {
                return size() > PublishedQuestionnaires.this.capacity;
            }
        };
    }

    /**
     * The questionnaire of a version: kept after the first {@code load} if the version is published
     * ({@code publishedAt} not null), loaded every time if it is the draft.
     */
    Questionnaire of(UUID surveyId, int version, Instant publishedAt, Supplier<Questionnaire> load) {
        if (publishedAt == null) {
            return load.get();
        }
        Key key = new Key(surveyId, version);
        synchronized (entries) {
            Questionnaire kept = entries.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // parsed outside the lock: a slow parse never holds up answers to other surveys; two racing first answers
        // may both parse, and the first one kept wins
        Questionnaire loaded = load.get();
        synchronized (entries) {
            Questionnaire raced = entries.putIfAbsent(key, loaded);
            return raced != null ? raced : loaded;
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
