package org.citizenhub.consultation.knowledge;

import java.util.UUID;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A reviewer or supervisor withdraws a case's published answer; audit-logged. */
@RestController
class AnswerAdminController {

    private final KnowledgeBase knowledge;

    AnswerAdminController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @PostMapping("/admin/knowledge/answers/{id}/withdrawal")
    @PreAuthorize("hasAnyRole('reviewer', 'supervisor')")
    ResponseEntity<Void> withdraw(@PathVariable UUID id, CurrentUser user) {
        knowledge.withdrawCaseAnswer(new AuditActor(user.subject(), user.username()), id);
        return ResponseEntity.noContent().build();
    }
}
