package org.citizenhub.supervision.notices;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.casework.submission.IdempotencyKey;
import org.citizenhub.supervision.notices.domain.Notice;
import org.citizenhub.supervision.notices.domain.NoticeStep;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 督办 over HTTP; thin: who may do what is decided in {@link NoticeHandling} and the domain's policies. */
@RestController
@Validated
class NoticeController {

    private static final String NUMBER = "[A-Z]{2}[0-9]{14,30}";

    /** A case named by its id or by its tracking number, in one service. */
    record IssueRequest(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,39}") String service,
                        @Size(max = 100) String caseId, @Size(max = 32) String trackingNumber,
                        @NotBlank @Size(max = 10000) String measures, Integer workingDays) {
    }

    record ReplyRequest(@NotBlank @Size(max = 10000) String measures) {
    }

    record AcceptRequest(@Size(max = 10000) String comment) {
    }

    record ReturnRequest(@NotBlank @Size(max = 10000) String comment, Integer workingDays) {
    }

    record StepView(String kind, int round, Instant at, String actor, String role, String text, Instant dueAt,
                    String target) {
        static StepView of(NoticeStep s) {
            return new StepView(s.kind().name(), s.round(), s.at(), s.actorName(), s.actorRole(), s.text(),
                    s.dueAt(), s.target());
        }
    }

    record NoticeView(String number, String service, String caseType, String caseId, String caseTrackingNumber,
                      String department, String site, String phase, int round, Instant issuedAt, Instant replyDueAt,
                      boolean escalated, Instant escalatedAt, List<StepView> steps) {
        static NoticeView of(Notice n) {
            var c = n.onCase();
            return new NoticeView(n.number(), c.service(), c.caseType(), c.caseId(), c.trackingNumber(),
                    c.department(), c.site(), n.phase().name(), n.phase().round(), n.issue().at(),
                    n.replyDueAt().orElse(null), n.escalatedAt().isPresent(), n.escalatedAt().orElse(null),
                    n.steps().stream().map(StepView::of).toList());
        }
    }

    private final NoticeHandling handling;

    NoticeController(NoticeHandling handling) {
        this.handling = handling;
    }

    @PostMapping("/notices")
    @ResponseStatus(HttpStatus.CREATED)
    NoticeView issue(@Valid @RequestBody IssueRequest body,
                     @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key, CurrentUser user) {
        return NoticeView.of(handling.issue(user, body.service(), body.caseId(), body.trackingNumber(),
                body.measures(), body.workingDays(), IdempotencyKey.fromHeader(key).orElse(null)));
    }

    @GetMapping("/notices/{number}")
    NoticeView notice(@PathVariable @Pattern(regexp = NUMBER) String number, CurrentUser user) {
        return NoticeView.of(handling.find(user, number));
    }

    @PostMapping("/notices/{number}/replies")
    NoticeView reply(@PathVariable @Pattern(regexp = NUMBER) String number, @Valid @RequestBody ReplyRequest body,
                     CurrentUser user) {
        return NoticeView.of(handling.reply(user, number, body.measures()));
    }

    @PostMapping("/notices/{number}/acceptance")
    NoticeView accept(@PathVariable @Pattern(regexp = NUMBER) String number,
                      @Valid @RequestBody(required = false) AcceptRequest body, CurrentUser user) {
        return NoticeView.of(handling.accept(user, number, body == null ? null : body.comment()));
    }

    @PostMapping("/notices/{number}/returns")
    NoticeView sendBack(@PathVariable @Pattern(regexp = NUMBER) String number,
                        @Valid @RequestBody ReturnRequest body, CurrentUser user) {
        return NoticeView.of(handling.sendBack(user, number, body.comment(), body.workingDays()));
    }

    /** The notices the calling supervisor issued, newest first. */
    @GetMapping("/notices/issued")
    List<NoticeView> issued(@RequestParam(required = false) @Pattern(regexp = "[A-Z]{1,20}") String phase,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, CurrentUser user) {
        return handling.issued(user, phase, page, size).stream().map(NoticeView::of).toList();
    }

    /** The notices the caller's department received; {@code escalated=true}: what reached the department head. */
    @GetMapping("/notices/received")
    List<NoticeView> received(@RequestParam(required = false) @Pattern(regexp = "[A-Z]{1,20}") String phase,
                              @RequestParam(defaultValue = "false") boolean escalated,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, CurrentUser user) {
        return handling.received(user, phase, escalated, page, size).stream().map(NoticeView::of).toList();
    }

    /** The notices and replies on a case, for those who may see the case; 404 for anyone else. */
    @GetMapping("/cases/{service}/{caseId}/notices")
    List<NoticeView> onCase(@PathVariable @Pattern(regexp = "[a-z][a-z0-9-]{0,39}") String service,
                            @PathVariable @Size(max = 100) String caseId, CurrentUser user) {
        return handling.onCase(user, service, caseId).stream().map(NoticeView::of).toList();
    }
}
