package org.citizenhub.identity.profile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A citizen's own profile. The rule that matters: a channel can only be chosen when its contact is known
 * (SMS needs a phone number, e-mail an address).
 */
public record CitizenProfile(String subject, String displayName, PhoneNumber phone, String email,
                             NotificationPreferences notifications, Instant createdAt, Instant updatedAt,
                             int version) {

    public static final int MAX_DISPLAY_NAME = 50;

    public CitizenProfile {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(notifications, "notifications");
        if (displayName == null || displayName.isBlank() || displayName.length() > MAX_DISPLAY_NAME) {
            throw new IllegalArgumentException("A display name has 1 to " + MAX_DISPLAY_NAME + " characters");
        }
    }

    /** The channel that is chosen but cannot be used, if any. */
    public static Optional<String> unreachableChannel(PhoneNumber phone, String email,
                                                      NotificationPreferences notifications) {
        if (notifications.sms() && phone == null) {
            return Optional.of("sms");
        }
        if (notifications.email() && (email == null || email.isBlank())) {
            return Optional.of("email");
        }
        return Optional.empty();
    }

    /** What a citizen sees before saving anything. */
    public static CitizenProfile initial(String subject, String displayName) {
        return new CitizenProfile(subject, displayName, null, null, NotificationPreferences.DEFAULT, null, null, -1);
    }

    public boolean isStored() {
        return version >= 0;
    }
}
