package org.citizenhub.mailbox.mailbox;

import java.util.Arrays;
import java.util.List;

import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.sites.web.SiteSelection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open mailboxes and the letter categories, for the portal's "write a letter" page (no login). The mailboxes are
 * those of the site the request is for (集约化: {@code ?site=}, else the host name, else the root site; see
 * {@link SiteSelection}): a mailbox belongs to the site of its owner department, and with {@code includeChildren=true}
 * a site lists its child sites' mailboxes too.
 */
@RestController
@RequestMapping("/public")
class MailboxDirectoryController {

    record MailboxView(String code, String nameZh, String nameEn, String ownerDepartment, String introZh,
                       String introEn, int replyWorkingDays, String site) {
    }

    record CategoryView(LetterCategory code, String nameZh, String nameEn) {
    }

    private static final List<CategoryView> CATEGORIES = Arrays.stream(LetterCategory.values())
            .map(c -> new CategoryView(c, switch (c) {
                case SUGGESTION -> "建议";
                case CONSULTATION -> "咨询";
                case COMPLAINT -> "投诉";
                case HELP -> "求助";
                case PRAISE -> "表扬";
                case OTHER -> "其他";
            }, switch (c) {
                case SUGGESTION -> "Suggestion";
                case CONSULTATION -> "Question";
                case COMPLAINT -> "Complaint";
                case HELP -> "Request for help";
                case PRAISE -> "Praise";
                case OTHER -> "Other";
            })).toList();

    private final Mailboxes mailboxes;
    private final HubSites sites;

    MailboxDirectoryController(Mailboxes mailboxes, HubSites sites) {
        this.mailboxes = mailboxes;
        this.sites = sites;
    }

    @GetMapping("/mailboxes")
    List<MailboxView> mailboxes(SiteSelection selection) {
        return mailboxes.open().stream().filter(m -> selection.covers(m.ownerDepartment()))
                .map(m -> new MailboxView(m.code(), m.nameZh(), m.nameEn(), m.ownerDepartment(), m.introZh(),
                        m.introEn(), m.replyWorkingDays(), sites.siteOf(m.ownerDepartment()).orElse(null)))
                .toList();
    }

    @GetMapping("/categories")
    List<CategoryView> categories() {
        return CATEGORIES;
    }
}
