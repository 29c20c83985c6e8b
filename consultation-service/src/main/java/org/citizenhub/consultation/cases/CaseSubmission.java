package org.citizenhub.consultation.cases;

import org.citizenhub.consultation.cases.domain.ConsultationCase;
import org.citizenhub.consultation.cases.domain.CaseKind;
import org.citizenhub.consultation.cases.domain.Submission;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.attachments.AttachmentSubject;
import org.citizenhub.casework.attachments.Attachments;
import org.citizenhub.casework.notify.ContactChannel;
import org.citizenhub.casework.submission.IdempotencyKey;
import org.citizenhub.casework.submission.IdempotentSubmission;
import org.citizenhub.casework.tracking.QueryCode;
import org.citizenhub.casework.tracking.TrackingNumber;
import org.citizenhub.casework.tracking.TrackingNumbers;
import org.citizenhub.consultation.centres.DispatchCentres;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.stereotype.Service;

/**
 * A citizen submits a case and follows it: idempotent submission with a receipt (tracking number and query code),
 * their own cases, and progress for whoever holds the receipt.
 */
@Service
public class CaseSubmission {

    /** Attachments of cases, e.g. an error report's screenshot. */
    public static final String SUBJECT_TYPE = "consultation-case";

    public record SubmitCase(CaseKind kind, String category, String title, String body,
                             Submission.ErrorReport errorReport, boolean agreesToPublication,
                             ContactChannel contactChannel, String contactName, String email, String phone,
                             String locale, List<UUID> attachmentIds) {
        public SubmitCase {
            attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
        }
    }

    public record Receipt(String trackingNumber, String queryCode, ConsultationCase c, boolean replayed) {
    }

    private final CaseRepository cases;
    private final CaseHandling handling;
    private final TrackingNumbers trackingNumbers;
    private final QueryCode queryCodes;
    private final IdempotentSubmission submissions;
    private final Attachments attachments;
    private final Clock clock;
    private final CategoryCheck categories;
    private final DispatchCentres centres;

    CaseSubmission(CaseRepository cases, CaseHandling handling, TrackingNumbers trackingNumbers, QueryCode queryCodes,
                   IdempotentSubmission submissions, Attachments attachments, Clock clock,
                   CategoryCheck categories, DispatchCentres centres) {
        this.cases = cases;
        this.handling = handling;
        this.trackingNumbers = trackingNumbers;
        this.queryCodes = queryCodes;
        this.submissions = submissions;
        this.attachments = attachments;
        this.clock = clock;
        this.categories = categories;
        this.centres = centres;
    }

    /**
     * @param site the site (集约化) the citizen submits on (their request's {@code SiteSelection}): the case belongs
     *             to it and goes to its dispatch centre; null only for a hub without sites (the hub-wide centre)
     */
    public Receipt submit(Actor citizen, String site, SubmitCase command, Optional<IdempotencyKey> key) {
        if (!categories.exists(command.category())) {
            throw new HubProblem(ConsultationProblem.UNKNOWN_CATEGORY, command.category());
        }
        var submission = submission(command);
        var result = submissions.submit(key, new IdempotentSubmission.IdempotentRequest<ConsultationCase>() {
            @Override
            public Optional<ConsultationCase> earlier(IdempotencyKey k) {
                return cases.findByIdempotencyKey(citizen.id(), k.value());
            }

            @Override
            public boolean sameAs(ConsultationCase earlier) {
                var s = earlier.state().submission();
                return s.kind() == submission.kind() && s.category().equals(submission.category())
                        && s.title().equals(submission.title()) && s.body().equals(submission.body());
            }

            @Override
            public ConsultationCase create(Optional<IdempotencyKey> k) {
                String tn = trackingNumbers.next().value();
                var c = ConsultationCase.submit(UUID.randomUUID(), tn, citizen, site, centres.centreFor(site),
                        submission);
                cases.insert(c, new CaseRepository.Contact(command.contactName(), command.email(), command.phone()),
                        command.contactChannel(), command.locale(), k.map(IdempotencyKey::value).orElse(null),
                        handling.workingTime());
                if (!command.attachmentIds().isEmpty()) {
                    attachments.claim(citizen.id(), command.attachmentIds(), subject(c.id()));
                }
                handling.publish(c);
                return c;
            }
        });
        var c = result.result();
        return new Receipt(c.trackingNumber(), queryCodes.codeFor(new TrackingNumber(c.trackingNumber())), c,
                result.replayed());
    }

    private Submission submission(SubmitCase command) {
        try {
            return new Submission(command.kind(), command.category(), command.title(), command.body(),
                    command.errorReport(), command.agreesToPublication(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new HubProblem(ConsultationProblem.INVALID_CASE_STEP, CaseHandling.field(e));
        }
    }

    /** A citizen's own case; anyone else's is reported as not found so that existence does not leak. */
    public ConsultationCase own(Actor citizen, String tn) {
        return handling.find(tn).filter(c -> c.isWrittenBy(citizen.id()))
                .orElseThrow(() -> new HubProblem(ConsultationProblem.CASE_NOT_FOUND, tn));
    }

    public List<ConsultationCase> own(Actor citizen, int page, int size) {
        return cases.byWriter(citizen.id(), page, size);
    }

    /** Progress for whoever holds the receipt; the code comes in a header, never in a URL. */
    public ConsultationCase byReceipt(String tn, String queryCode) {
        if (queryCode == null || queryCode.isBlank()) {
            throw new HubProblem(ConsultationProblem.QUERY_CODE_REQUIRED);
        }
        return handling.find(tn).filter(c -> queryCodes.matches(new TrackingNumber(c.trackingNumber()), queryCode))
                .orElseThrow(() -> new HubProblem(ConsultationProblem.CASE_NOT_FOUND, tn));
    }

    public static AttachmentSubject subject(UUID caseId) {
        return AttachmentSubject.of(SUBJECT_TYPE, caseId);
    }
}
