package org.citizenhub.identity.profile;

import java.time.Clock;
import java.util.Map;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.identity.IdentityProblem;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Citizens read and change their own profile; staff may look one up (masked, audited). */
@Service
public class CitizenProfiles {

    private final CitizenProfileRepository profiles;
    private final AuditLog auditLog;
    private final Clock clock;

    CitizenProfiles(CitizenProfileRepository profiles, AuditLog auditLog, Clock clock) {
        this.profiles = profiles;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public record ProfileChange(String displayName, PhoneNumber phone, String email,
                                NotificationPreferences notifications) {
    }

    /** The owner's profile; before the first save, a profile named after the account. */
    @Transactional(readOnly = true)
    public CitizenProfile own(String subject, String username) {
        return profiles.find(subject).orElseGet(() -> CitizenProfile.initial(subject, username));
    }

    @Transactional
    public CitizenProfile change(String subject, ProfileChange change) {
        var email = change.email() == null || change.email().isBlank() ? null : change.email().strip();
        CitizenProfile.unreachableChannel(change.phone(), email, change.notifications()).ifPresent(channel -> {
            throw new HubProblem(IdentityProblem.NOTIFICATION_CHANNEL_WITHOUT_CONTACT, channel);
        });
        var now = clock.instant();
        var existing = profiles.find(subject);
        var updated = new CitizenProfile(subject, change.displayName().strip(), change.phone(), email,
                change.notifications(), existing.map(CitizenProfile::createdAt).orElse(now), now,
                existing.map(CitizenProfile::version).orElse(0));
        if (existing.isPresent()) {
            profiles.update(updated);
        } else {
            profiles.insert(updated);
        }
        return updated;
    }

    /** For back-office staff: the caller only ever gets the masked phone number; every look-up is logged. */
    @Transactional
    public CitizenProfile lookUp(AuditActor actor, String subject) {
        var profile = profiles.find(subject)
                .orElseThrow(() -> new HubProblem(IdentityProblem.PROFILE_NOT_FOUND, subject));
        auditLog.record(actor, "profile.viewed", "citizen-profile", subject, Map.of());
        return profile;
    }
}
