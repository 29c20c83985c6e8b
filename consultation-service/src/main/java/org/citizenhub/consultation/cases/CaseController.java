package org.citizenhub.consultation.cases;

import org.citizenhub.consultation.cases.domain.ConsultationCase;
import org.citizenhub.consultation.cases.domain.CaseKind;
import org.citizenhub.consultation.cases.domain.ErrorType;
import org.citizenhub.consultation.cases.domain.Submission;
import org.citizenhub.consultation.cases.domain.Texts;
import org.citizenhub.consultation.cases.domain.Evaluation;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.casework.actor.Actors;
import org.citizenhub.casework.attachments.AttachmentAccess;
import org.citizenhub.casework.attachments.AttachmentEndpoints;
import org.citizenhub.casework.notify.ContactChannel;
import org.citizenhub.casework.submission.IdempotencyKey;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The citizen's side: submit, follow own cases, answer a question, rate; upload a screenshot; public progress. */
@RestController
@Validated
class CaseController {

    static final String EMAIL_FORMAT = "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}";
    static final String MOBILE_FORMAT = "1[3-9][0-9]{9}";
    /** The receipt's query code travels in this header, never in a URL (URLs end up in access logs). */
    static final String QUERY_CODE_HEADER = "X-Query-Code";

    record SubmitCaseRequest(
            @NotNull CaseKind kind,
            @Pattern(regexp = Submission.CATEGORY_FORMAT) String category,
            @NotBlank @Size(max = Submission.MAX_TITLE) String title,
            @NotBlank @Size(max = Submission.MAX_BODY) String body,
            @Size(max = Submission.ErrorReport.MAX_URL) @Pattern(regexp = "https?://\\S+") String pageUrl,
            ErrorType errorType,
            Boolean agreesToPublication,
            ContactChannel contactChannel,
            @Size(max = 50) String contactName,
            @Size(max = 254) @Pattern(regexp = EMAIL_FORMAT) String email,
            @Pattern(regexp = MOBILE_FORMAT) String phone,
            @Size(max = 5) List<@NotNull UUID> attachmentIds) {
    }

    record SubmittedCase(String trackingNumber, String queryCode, String status, OffsetDateTime submittedAt) {
    }

    record Supplement(@NotBlank @Size(max = 5000) String answer) {
    }

    record RatingRequest(@NotNull Evaluation.Rating rating, @Size(max = Texts.MAX_NOTE) String comment,
                         Boolean askForRehandling) {
    }

    private final CaseSubmission submission;
    private final CaseHandling handling;
    private final AttachmentEndpoints attachments;
    private final CategoryCheck categories;

    CaseController(CaseSubmission submission, CaseHandling handling, AttachmentEndpoints attachments,
                   CategoryCheck categories) {
        this.submission = submission;
        this.handling = handling;
        this.attachments = attachments;
        this.categories = categories;
    }

    @PostMapping(path = "/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('citizen')")
    ResponseEntity<SubmittedCase> submit(@Valid @RequestBody SubmitCaseRequest request,
                                         @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
                                         Locale locale, CurrentUser user, SiteSelection site) {
        var idempotencyKey = IdempotencyKey.fromHeader(key);
        var channel = request.contactChannel() == null ? ContactChannel.SITE : request.contactChannel();
        if (channel == ContactChannel.EMAIL && request.email() == null) {
            throw new HubProblem(ConsultationProblem.INVALID_CONTACT, "email");
        }
        if (channel == ContactChannel.SMS && request.phone() == null) {
            throw new HubProblem(ConsultationProblem.INVALID_CONTACT, "phone");
        }
        Submission.ErrorReport errorReport = null;
        if (request.kind() == CaseKind.ERROR_REPORT) {
            if (request.pageUrl() == null || request.errorType() == null) {
                throw new HubProblem(ConsultationProblem.INVALID_CASE_STEP, "pageUrl, errorType");
            }
            errorReport = new Submission.ErrorReport(request.pageUrl(), request.errorType());
        }
        // without a category: WEBSITE for an error report, GENERAL otherwise
        String category = request.category() != null ? request.category()
                : request.kind() == CaseKind.ERROR_REPORT ? "WEBSITE" : "GENERAL";
        var receipt = submission.submit(Actors.citizen(user), site.code(), new CaseSubmission.SubmitCase(
                request.kind(), category, request.title(), request.body(), errorReport,
                Boolean.TRUE.equals(request.agreesToPublication()), channel, request.contactName(), request.email(),
                request.phone(), "en".equals(locale.getLanguage()) ? "en" : "zh-CN", request.attachmentIds()),
                idempotencyKey);
        var c = receipt.c();
        var body = new SubmittedCase(receipt.trackingNumber(), receipt.queryCode(), c.status().name(),
                CaseViews.odt(c.state().submission().at()));
        return ResponseEntity.status(receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{tn}")
                        .buildAndExpand(receipt.trackingNumber()).toUri())
                .body(body);
    }

    @GetMapping("/cases")
    @PreAuthorize("hasRole('citizen')")
    List<CaseViews.CitizenView> own(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, CurrentUser user) {
        return submission.own(Actors.citizen(user), page, size).stream().map(this::view).toList();
    }

    @GetMapping("/cases/{trackingNumber}")
    @PreAuthorize("hasRole('citizen')")
    CaseViews.CitizenView own(@PathVariable String trackingNumber, CurrentUser user) {
        return view(submission.own(Actors.citizen(user), trackingNumber));
    }

    @PostMapping(path = "/cases/{trackingNumber}/supplements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('citizen')")
    CaseViews.CitizenView supply(@PathVariable String trackingNumber, @Valid @RequestBody Supplement request,
                                 CurrentUser user) {
        return view(handling.supplyInformation(Actors.citizen(user), trackingNumber, request.answer()));
    }

    @PostMapping(path = "/cases/{trackingNumber}/rating", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('citizen')")
    CaseViews.CitizenView rate(@PathVariable String trackingNumber, @Valid @RequestBody RatingRequest request,
                               CurrentUser user) {
        return view(handling.rate(Actors.citizen(user), trackingNumber, request.rating(), request.comment(),
                Boolean.TRUE.equals(request.askForRehandling())));
    }

    /** A screenshot or document to attach to a case: multipart/form-data, the file in part {@code file}. */
    @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('citizen')")
    ResponseEntity<AttachmentEndpoints.UploadedAttachment> upload(@RequestPart("file") MultipartFile file,
                                                                  CurrentUser user) throws IOException {
        return attachments.upload(user.subject(), file);
    }

    @GetMapping("/attachments/{id}")
    @PreAuthorize("hasRole('citizen')")
    ResponseEntity<byte[]> download(@PathVariable String id, CurrentUser user) {
        return attachments.download(id, AttachmentAccess.owner(user.subject()));
    }

    /** Status only, for whoever holds the receipt; the query code comes in the {@value #QUERY_CODE_HEADER} header. */
    @GetMapping("/public/cases/{trackingNumber}/progress")
    CaseViews.Progress progress(@PathVariable String trackingNumber,
                                @RequestHeader(name = QUERY_CODE_HEADER, required = false)
                                @Size(max = 32) String queryCode) {
        return CaseViews.progress(submission.byReceipt(trackingNumber, queryCode));
    }

    @GetMapping("/public/categories")
    List<CategoryCheck.Category> categories() {
        return categories.all();
    }

    private CaseViews.CitizenView view(ConsultationCase c) {
        return CaseViews.citizen(c, handling.now(), handling.workingTime());
    }
}
