package org.citizenhub.supervision.overdue;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read model on the admin port ({@code /admin/api/supervision/read-model} through the gateway), {@code admin}
 * only: where the intake stands, and the rebuild (empty the model, replay every topic from offset 0 in a new consumer
 * group), which is audit-logged.
 */
@RestController
@RequestMapping("/admin/read-model")
@PreAuthorize("hasRole('admin')")
class ReadModelAdminController {

    private final IntakeConsumer intake;

    ReadModelAdminController(IntakeConsumer intake) {
        this.intake = intake;
    }

    @GetMapping
    IntakeConsumer.Status status() {
        return intake.status();
    }

    @PostMapping("/rebuild")
    IntakeConsumer.Status rebuild(CurrentUser user) {
        return intake.rebuild(new AuditActor(user.subject(), user.username()));
    }
}
