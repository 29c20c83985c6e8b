package org.citizenhub.consultation.knowledge;

import org.citizenhub.casework.actor.Actors;
import org.citizenhub.consultation.cases.CaseHandling;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reviewer sees what publication would show of a case (title, question and reply masked, and which kinds of
 * personal data were masked) before allowing it; approval stores exactly this.
 */
@RestController
class PublicationPreviewController {

    private final CaseHandling handling;
    private final KnowledgeBase knowledge;

    PublicationPreviewController(CaseHandling handling, KnowledgeBase knowledge) {
        this.handling = handling;
        this.knowledge = knowledge;
    }

    @GetMapping("/handling/cases/{trackingNumber}/publication-preview")
    @PreAuthorize("hasAnyRole('reviewer', 'supervisor')")
    KnowledgeBase.Preview preview(@PathVariable String trackingNumber, CurrentUser user) {
        return knowledge.preview(handling.staffView(Actors.staff(user), user.site(), trackingNumber));
    }
}
