package org.citizenhub.consultation.knowledge;

import java.util.UUID;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.casework.actor.Actors;
import org.citizenhub.consultation.cases.CaseHandling;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A reviewer or supervisor withdraws a case's published answer; audit-logged. One with a site claim (集约化) only
 * the answers of cases in the site's subtree (another's: {@code 404 answer-not-found}).
 */
@RestController
class AnswerAdminController {

    private final KnowledgeBase knowledge;
    private final CaseHandling handling;

    AnswerAdminController(KnowledgeBase knowledge, CaseHandling handling) {
        this.knowledge = knowledge;
        this.handling = handling;
    }

    @PostMapping("/admin/knowledge/answers/{id}/withdrawal")
    @PreAuthorize("hasAnyRole('reviewer', 'supervisor')")
    ResponseEntity<Void> withdraw(@PathVariable UUID id, CurrentUser user) {
        if (user.site() != null) {
            boolean inScope = knowledge.caseOfAnswer(id)
                    .flatMap(tn -> handling.find(tn)
                            .filter(c -> handling.mayStaffSee(Actors.staff(user), user.site(), c)))
                    .isPresent();
            if (!inScope) {
                throw new HubProblem(KnowledgeProblem.ANSWER_NOT_FOUND, id);
            }
        }
        knowledge.withdrawCaseAnswer(new AuditActor(user.subject(), user.username()), id);
        return ResponseEntity.noContent().build();
    }
}
