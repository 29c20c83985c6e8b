package org.citizenhub.mailbox.mailbox;

import java.util.Arrays;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The open mailboxes and the letter categories, for the portal's "write a letter" page (no login). */
@RestController
@RequestMapping("/public")
class MailboxDirectoryController {

    record MailboxView(String code, String nameZh, String nameEn, String ownerDepartment, String introZh,
                       String introEn, int replyWorkingDays) {
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

    MailboxDirectoryController(Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    @GetMapping("/mailboxes")
    List<MailboxView> mailboxes() {
        return mailboxes.open().stream().map(m -> new MailboxView(m.code(), m.nameZh(), m.nameEn(),
                m.ownerDepartment(), m.introZh(), m.introEn(), m.replyWorkingDays())).toList();
    }

    @GetMapping("/categories")
    List<CategoryView> categories() {
        return CATEGORIES;
    }
}
