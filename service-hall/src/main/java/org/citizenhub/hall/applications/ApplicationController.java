package org.citizenhub.hall.applications;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;

import org.citizenhub.casework.attachments.AttachmentAccess;
import org.citizenhub.casework.attachments.AttachmentEndpoints;
import org.citizenhub.casework.attachments.Attachments;
import org.citizenhub.casework.submission.IdempotencyKey;
import org.citizenhub.web.RequestId;
import org.citizenhub.web.problem.ProblemDocuments;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.JsonNode;

/** The applicant's side: materials, submission, own applications, 补正, delivery; the public status and licence check. */
@RestController
class ApplicationController {

    static final String QUERY_CODE_HEADER = "X-Query-Code";

    record LegalPerson(String name, String creditCode) {
    }

    record SubmitRequest(@Size(max = 40) String implementationCode, LegalPerson legalPerson, JsonNode form,
                         Map<String, UUID> materials, Applications.Contact contact) {
    }

    record SubmitResponse(String number, String queryCode, String status) {
    }

    record CorrectionRequest(Map<String, UUID> materials) {
    }

    record DeliveryRequest(String method, String address) {
    }

    record Verified(boolean verified, String number, String itemName, String holder, String holderCode,
                    String department, java.time.LocalDate validFrom, java.time.LocalDate validUntil) {
    }

    private final Applications applications;
    private final AttachmentEndpoints attachments;
    private final ProblemDocuments problems;
    private final Clock clock;
    private final tools.jackson.databind.json.JsonMapper json;

    ApplicationController(Applications applications, Attachments attachments, ProblemDocuments problems, Clock clock,
                          tools.jackson.databind.json.JsonMapper json) {
        this.json = json;
        this.applications = applications;
        this.attachments = new AttachmentEndpoints(attachments);
        this.problems = problems;
        this.clock = clock;
    }

    /** A material (scan or PDF) to claim with the application: multipart/form-data, the file in part {@code file}. */
    @PostMapping(path = "/applications/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('citizen')")
    ResponseEntity<AttachmentEndpoints.UploadedAttachment> upload(@RequestPart("file") MultipartFile file,
                                                                  CurrentUser user) throws IOException {
        return attachments.upload(user.subject(), file);
    }

    @GetMapping("/applications/materials/{id}")
    @PreAuthorize("hasRole('citizen')")
    ResponseEntity<byte[]> download(@PathVariable String id, CurrentUser user) {
        return attachments.download(id, AttachmentAccess.owner(user.subject()));
    }

    @PostMapping(path = "/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('citizen')")
    ResponseEntity<SubmitResponse> submit(@RequestBody SubmitRequest body,
                                          @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
                                          CurrentUser user) {
        if (body.implementationCode() == null || body.implementationCode().isBlank()) {
            throw new org.citizenhub.web.problem.HubProblem(ApplicationProblem.APPLICATION_REQUEST_INVALID,
                    "implementationCode");
        }
        var receipt = applications.submit(user, new Applications.SubmitApplication(body.implementationCode().strip(),
                body.legalPerson() == null ? null : body.legalPerson().name(),
                body.legalPerson() == null ? null : body.legalPerson().creditCode(), body.form(),
                body.materials() == null ? Map.of() : body.materials(), body.contact()),
                IdempotencyKey.fromHeader(key));
        var response = new SubmitResponse(receipt.number(), receipt.queryCode(), receipt.stored().application().status());
        return ResponseEntity.status(receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(java.net.URI.create("/applications/" + receipt.number())).body(response);
    }

    @GetMapping("/applications")
    @PreAuthorize("hasRole('citizen')")
    List<ApplicationViews.Status> mine(CurrentUser user) {
        var time = applications.workingTime();
        return applications.mine(user).stream()
                .map(s -> ApplicationViews.status(s, List.of(), clock.instant(), time)).toList();
    }

    @GetMapping("/applications/{number}")
    @PreAuthorize("hasRole('citizen')")
    ApplicationViews.Full own(@PathVariable String number, CurrentUser user) {
        var stored = applications.own(user, number);
        return ApplicationViews.full(stored, applications.steps(stored), applications.licenceOf(stored).orElse(null),
                clock.instant(), applications.workingTime());
    }

    /** The licence of a granted application as a PDF (codes on the page, the Chinese texts in an attached JSON). */
    @GetMapping(path = "/applications/{number}/licence.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasRole('citizen')")
    ResponseEntity<byte[]> licencePdf(@PathVariable String number, CurrentUser user) {
        var stored = applications.own(user, number);
        var licence = applications.licenceOf(stored)
                .orElseThrow(() -> new org.citizenhub.web.problem.HubProblem(ApplicationProblem.APPLICATION_NOT_FOUND,
                        number));
        var app = stored.application();
        byte[] pdf = LicencePdf.render(licence, app.number().value(), app.terms().implementationCode(),
                "/public/licences/" + licence.number() + "?checkCode=" + licence.checkCode(), json);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"" + licence.number() + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff").body(pdf);
    }

    @PostMapping(path = "/applications/{number}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('citizen')")
    ApplicationViews.Full correct(@PathVariable String number, @RequestBody CorrectionRequest body, CurrentUser user) {
        var stored = applications.correct(user, number, body.materials() == null ? Map.of() : body.materials());
        return ApplicationViews.full(stored, applications.steps(stored), null, clock.instant(),
                applications.workingTime());
    }

    @PutMapping(path = "/applications/{number}/delivery", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('citizen')")
    ResponseEntity<Void> delivery(@PathVariable String number, @RequestBody DeliveryRequest body, CurrentUser user) {
        applications.chooseDelivery(user, number, body.method(), body.address());
        return ResponseEntity.noContent().build();
    }

    /** Status for whoever holds the number and the query code; the code in the {@value #QUERY_CODE_HEADER} header. */
    @GetMapping("/public/applications/{number}/status")
    ApplicationViews.Status status(@PathVariable String number,
                                   @RequestHeader(name = QUERY_CODE_HEADER, required = false) @Size(max = 32)
                                   String queryCode) {
        var stored = applications.byReceipt(number, queryCode);
        return ApplicationViews.status(stored, applications.steps(stored), clock.instant(), applications.workingTime());
    }

    /** Anyone verifies a licence by its number and check code; a wrong code is answered as no such licence. */
    @GetMapping("/public/licences/{number}")
    Verified verify(@PathVariable String number, @RequestParam(required = false) @Size(max = 32) String checkCode) {
        var l = applications.verify(number, checkCode);
        return new Verified(true, l.number(), l.itemName(), l.holder(), l.holderCode(), l.department(),
                l.validFrom(), l.validUntil());
    }

    @ExceptionHandler(Applications.FormInvalid.class)
    ResponseEntity<Object> formInvalid(Applications.FormInvalid invalid, HttpServletRequest request, Locale locale) {
        var body = new LinkedHashMap<>(problems.create(ApplicationProblem.APPLICATION_FORM_INVALID, locale,
                request.getRequestURI(), requestId(request)));
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        body.put("errors", invalid.errors().stream().map(e -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("field", e.pointer());
            entry.put("pointer", e.pointer());
            entry.put("keyword", e.keyword());
            entry.put("message", english ? e.messageEn() : e.messageZh());
            entry.put("messages", Map.of("zh-CN", e.messageZh(), "en", e.messageEn()));
            return entry;
        }).toList());
        return ResponseEntity.status(400).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    static String requestId(HttpServletRequest request) {
        Object id = request.getAttribute(RequestId.ATTRIBUTE);
        return id == null ? null : id.toString();
    }
}
