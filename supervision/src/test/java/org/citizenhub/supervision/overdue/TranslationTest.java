package org.citizenhub.supervision.overdue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TranslationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Payload payload(String json) {
        return new Payload(JSON.readTree(json));
    }

    @Test
    void a_letters_rating_becomes_a_rating_on_the_halls_scale_basically_satisfied_counting_as_satisfied() {
        var t = new MailboxLetters().translate("gov.hub.mailbox.letter.rated.v1", payload("""
                {"letterId": "L1", "trackingNumber": "ML1", "mailbox": "MAYOR", "category": "HELP", "event": "rated",
                 "status": "CLOSED", "department": "D-TRANSPORT", "rating": "BASICALLY_SATISFIED",
                 "occurredAt": "2026-11-16T10:00:00+08:00", "site": "GOV"}"""));
        assertThat(t.ratings()).singleElement().isEqualTo(new RatingFact.Given("mailbox", "L1", "D-TRANSPORT", "GOV",
                4, false, OffsetDateTime.parse("2026-11-16T10:00:00+08:00").toInstant()));
    }

    @Test
    void an_unsatisfied_case_rating_is_a_bad_rating() {
        var t = new ConsultationCases().translate("gov.hub.consultation.case.rated.v1", payload("""
                {"caseId": "C1", "trackingNumber": "ZX1", "kind": "ERROR_REPORT", "category": "WEBSITE",
                 "event": "rated", "status": "CLOSED", "department": "D-GOV-OFFICE", "coDepartments": [],
                 "rating": "UNSATISFIED", "occurredAt": "2026-11-16T10:00:00+08:00"}"""));
        var given = (RatingFact.Given) t.ratings().getFirst();
        assertThat(given.satisfaction()).isEqualTo(2);
        assertThat(given.bad()).isTrue();
        assertThat(t.cases().getFirst().header().caseType()).isEqualTo("error-report");
    }

    @Test
    void a_shared_deadline_finds_a_draft_and_a_rectification_by_number_and_other_cases_by_id() {
        var deadlines = new CaseworkDeadlines();
        String draft = """
                {"service": "survey", "caseType": "draft-feedback", "caseId": "2f1c…", "trackingNumber": "YJ1",
                 "department": "D-HRSS", "deadline": "feedback", "rule": "draft-feedback",
                 "dueAt": "2026-11-20T17:00:00+08:00", "occurredAt": "2026-11-17T17:00:00+08:00"}""";
        assertThat(deadlines.translate(CaseworkDeadlines.DUE_SOON, payload(draft)).cases().getFirst().header().caseId())
                .isEqualTo("YJ1");
        String letter = draft.replace("\"survey\"", "\"mailbox\"").replace("draft-feedback\", \"caseId\"",
                "letter\", \"caseId\"");
        assertThat(deadlines.translate(CaseworkDeadlines.OVERDUE, payload(letter)).cases().getFirst().header().caseId())
                .isEqualTo("2f1c…");
    }

    @Test
    void an_event_type_the_model_does_not_need_means_nothing_and_a_payload_missing_a_required_field_is_unreadable() {
        assertThat(new SurveyDrafts().translate("gov.hub.survey.draft.opened.v1", payload("{}")).isEmpty()).isTrue();
        assertThat(new HallApplications().translate("gov.hub.hall.item.published.v1", payload("{}")).isEmpty()).isTrue();
        assertThatThrownBy(() -> new MailboxLetters().translate("gov.hub.mailbox.letter.submitted.v1",
                payload("{\"letterId\": \"L1\", \"trackingNumber\": \"ML1\"}")))
                .isInstanceOf(Payload.UnreadableEvent.class).hasMessageContaining("submittedAt");
        assertThatThrownBy(() -> new HallRatings().translate(HallRatings.GIVEN, payload("""
                {"ratingNumber": "PJ1", "department": "D-HRSS", "satisfaction": 9, "ratedAt": "2026-11-16T10:00:00+08:00"}""")))
                .isInstanceOf(Payload.UnreadableEvent.class).hasMessageContaining("satisfaction");
    }
}
