package org.citizenhub.mailbox.mailbox;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mailbox configuration for administrators (served by the gateway on its admin port only): the hub-wide admin, and
 * site administrators for their own site's mailboxes (see {@link MailboxAdministration}).
 */
@RestController
@RequestMapping("/admin/mailboxes")
@PreAuthorize("hasAnyRole('admin', 'site-admin')")
class MailboxAdminController {

    static final String CODE = DepartmentCode.FORMAT;

    record Settings(@NotBlank @Size(max = 100) String nameZh, @NotBlank @Size(max = 200) String nameEn,
                    @NotBlank @Pattern(regexp = CODE) String ownerDepartment, @NotNull Boolean open,
                    @Size(max = 2000) String introZh, @Size(max = 4000) String introEn,
                    @NotNull @Min(1) @Max(365) Integer replyWorkingDays,
                    @NotNull @Min(0) @Max(365) Integer dueSoonWorkingDays,
                    Map<LetterCategory, @Min(1) @Max(365) Integer> categoryWorkingDays) {

        MailboxAdministration.MailboxSettings toSettings() {
            return new MailboxAdministration.MailboxSettings(nameZh.strip(), nameEn.strip(), ownerDepartment, open,
                    introZh, introEn, replyWorkingDays, Math.min(dueSoonWorkingDays, replyWorkingDays),
                    categoryWorkingDays);
        }
    }

    record NewMailbox(@NotBlank @Pattern(regexp = CODE) String code, @NotNull @Valid Settings settings) {
    }

    record Rule(LetterCategory category, @Size(max = 50) String keyword,
                @NotBlank @Pattern(regexp = CODE) String department, @NotNull @Min(0) @Max(10_000) Integer priority) {
    }

    record AdminMailboxView(Mailboxes.MailboxSummary mailbox, Map<LetterCategory, Integer> categoryWorkingDays,
                            List<MailboxAdministration.RoutingRule> routingRules) {
    }

    private final MailboxAdministration administration;

    MailboxAdminController(MailboxAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    List<AdminMailboxView> all(CurrentUser admin) {
        return administration.all(admin).stream().map(this::view).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AdminMailboxView> create(@Valid @RequestBody NewMailbox request, CurrentUser admin) {
        var created = administration.create(admin, request.code(), request.settings().toSettings());
        return ResponseEntity.created(URI.create("/admin/mailboxes/" + created.code())).body(view(created));
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AdminMailboxView revise(@PathVariable String code, @Valid @RequestBody Settings request, CurrentUser admin) {
        return view(administration.revise(admin, code, request.toSettings()));
    }

    @PutMapping(path = "/{code}/routing-rules", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<MailboxAdministration.RoutingRule> routing(@PathVariable String code,
                                                    @Valid @RequestBody @Size(max = 200) List<@Valid Rule> rules,
                                                    CurrentUser admin) {
        return administration.replaceRoutingRules(admin, code, rules.stream()
                .map(r -> new MailboxAdministration.RoutingRule(r.category(),
                        r.keyword() == null || r.keyword().isBlank() ? null : r.keyword().strip(), r.department(),
                        r.priority()))
                .toList());
    }

    private AdminMailboxView view(Mailboxes.MailboxSummary mailbox) {
        return new AdminMailboxView(mailbox, administration.categoryWorkingDays(mailbox.code()),
                administration.routingRules(mailbox.code()));
    }
}
