package org.citizenhub.identity.profile;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff looking up a citizen's contact preferences: the phone number is masked, the look-up is logged. */
@RestController
@RequestMapping("/admin/citizens/{subject}/profile")
@PreAuthorize("hasAnyRole('handler', 'supervisor', 'admin')")
class ProfileAdminController {

    record MaskedProfileView(String subject, String displayName, String phone, String email,
                             ProfileController.Notifications notifications) {
        static MaskedProfileView of(CitizenProfile p) {
            return new MaskedProfileView(p.subject(), p.displayName(), p.phone() == null ? null : p.phone().masked(),
                    maskEmail(p.email()), ProfileController.Notifications.of(p.notifications()));
        }
    }

    private final CitizenProfiles profiles;

    ProfileAdminController(CitizenProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    MaskedProfileView profile(@PathVariable String subject, CurrentUser user) {
        return MaskedProfileView.of(profiles.lookUp(new AuditActor(user.subject(), user.username()), subject));
    }

    /** z***@example.org */
    static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
