package org.citizenhub.supervision.overdue;

import java.util.List;

/**
 * Translates the events of one topic into read-model facts. One translator per service: each knows its service's
 * payloads (src/main/resources/events/ of that service, docs/asyncapi.yaml) and nothing about the database.
 * An event type the translator does not know means nothing for the read model ({@link Translation#NOTHING}).
 */
interface EventTranslator {

    String topic();

    /** @throws Payload.UnreadableEvent when the payload does not fit the schema of its type */
    Translation translate(String type, Payload data);

    /** Every topic the read model reads. */
    static List<EventTranslator> all() {
        return List.of(new MailboxLetters(), new ConsultationCases(), new HallApplications(), new HallRatings(),
                new SurveyDrafts(), new CaseworkDeadlines());
    }
}
