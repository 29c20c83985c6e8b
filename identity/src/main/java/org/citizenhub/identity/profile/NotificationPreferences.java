package org.citizenhub.identity.profile;

/** How a citizen wants to hear about progress: in the site's message centre, by SMS, by e-mail. */
public record NotificationPreferences(boolean site, boolean sms, boolean email) {

    public static final NotificationPreferences DEFAULT = new NotificationPreferences(true, false, false);
}
