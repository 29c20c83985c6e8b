package org.citizenhub.mailbox.publication;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.calendar.spring.HubCalendar;
import org.citizenhub.mailbox.letter.Letter;
import org.citizenhub.mailbox.mailbox.LetterCategory;
import org.citizenhub.mailbox.problem.MailboxProblem;
import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published letters, for everyone (no login). Personal data is masked before publication. Each request answers for
 * one site (集约化, see {@link SiteSelection}): its own letters, and with {@code includeChildren=true} its child
 * sites' too; a letter of another site is not found.
 */
@RestController
@RequestMapping("/public")
class PublicationController {

    private final PublishedLetters published;
    private final HubCalendar calendar;

    PublicationController(PublishedLetters published, HubCalendar calendar) {
        this.published = published;
        this.calendar = calendar;
    }

    @GetMapping("/published-letters")
    List<PublishedLetters.PublishedLetter> search(
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) @Pattern(regexp = Letter.CODE_FORMAT) String mailbox,
            @RequestParam(required = false) LetterCategory category,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            SiteSelection selection) {
        return published.search(new PublishedLetters.Query(q, mailbox, category == null ? null : category.name(), from,
                to, page, size, selection.departments()), zone());
    }

    @GetMapping("/published-letters/{trackingNumber}")
    PublishedLetters.PublishedLetter one(@PathVariable String trackingNumber, SiteSelection selection) {
        return published.find(trackingNumber, selection.departments(), zone())
                .orElseThrow(() -> new HubProblem(MailboxProblem.LETTER_NOT_FOUND, trackingNumber));
    }

    private ZoneId zone() {
        return calendar.policy().zone();
    }
}
