package org.citizenhub.mailbox.publication;

import java.util.Map;
import java.util.TreeMap;

import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.actor.Actors;
import org.citizenhub.mailbox.letter.LetterHandling;
import org.citizenhub.mailbox.letter.Staff;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The reviewer sees exactly what would be published, masked, before allowing publication (先审后发). */
@RestController
class PublicationPreviewController {

    record Preview(String trackingNumber, boolean writerAgreesToPublication, String title, String body, String reply,
                   Map<String, Long> maskedItems) {
    }

    private final LetterHandling handling;
    private final Publication publication;

    PublicationPreviewController(LetterHandling handling, Publication publication) {
        this.handling = handling;
        this.publication = publication;
    }

    @GetMapping("/handling/letters/{trackingNumber}/publication-preview")
    @PreAuthorize("hasRole('reviewer')")
    Preview preview(@PathVariable String trackingNumber, CurrentUser user) {
        var reviewer = new Staff(Actors.as(user, Actor.Role.REVIEWER), user.site());
        var letter = handling.staffView(reviewer, trackingNumber);
        var masked = publication.preview(letter);
        var counts = new TreeMap<String, Long>();
        masked.findings().forEach(f -> counts.merge(f.kind().name(), 1L, Long::sum));
        return new Preview(trackingNumber, letter.state().writer().agreesToPublication(), masked.title(),
                masked.body(), masked.reply(), counts);
    }
}
