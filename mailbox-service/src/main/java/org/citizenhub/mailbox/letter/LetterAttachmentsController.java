package org.citizenhub.mailbox.letter;

import java.util.List;
import java.util.UUID;

import org.citizenhub.casework.actor.Actors;
import org.citizenhub.casework.attachments.AttachmentInfo;
import org.citizenhub.casework.attachments.AttachmentResponses;
import org.citizenhub.mailbox.attachment.LetterAttachments;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A letter's attachments (the letter feature's endpoints, built on the attachment feature, which knows no letter
 * types), for its writer and for the staff who may see the letter; anyone else finds nothing.
 * Downloads always carry the safe headers of {@link AttachmentResponses}.
 */
@RestController
class LetterAttachmentsController {

    private final LetterAttachments attachments;
    private final LetterSubmission submission;
    private final LetterHandling handling;

    LetterAttachmentsController(LetterAttachments attachments, LetterSubmission submission, LetterHandling handling) {
        this.attachments = attachments;
        this.submission = submission;
        this.handling = handling;
    }

    @GetMapping("/letters/{trackingNumber}/attachments")
    @PreAuthorize("hasRole('citizen')")
    List<AttachmentInfo> ofOwnLetter(@PathVariable String trackingNumber, CurrentUser user) {
        return attachments.ofLetter(submission.ownLetter(user.subject(), trackingNumber).id());
    }

    @GetMapping("/handling/letters/{trackingNumber}/attachments")
    @PreAuthorize("hasAnyRole('handler', 'reviewer', 'supervisor')")
    List<AttachmentInfo> ofLetter(@PathVariable String trackingNumber, CurrentUser user) {
        return attachments.ofLetter(staffLetter(trackingNumber, user).id());
    }

    @GetMapping("/handling/letters/{trackingNumber}/attachments/{id}")
    @PreAuthorize("hasAnyRole('handler', 'reviewer', 'supervisor')")
    ResponseEntity<byte[]> download(@PathVariable String trackingNumber, @PathVariable UUID id, CurrentUser user) {
        Letter letter = staffLetter(trackingNumber, user);
        return attachments.ofLetter(letter.id(), id)
                .map(AttachmentResponses::download)
                .orElseThrow(() -> new HubProblem(CommonProblem.NOT_FOUND));
    }

    private Letter staffLetter(String trackingNumber, CurrentUser user) {
        return handling.staffView(new Staff(Actors.staff(user), user.site()), trackingNumber);
    }
}
