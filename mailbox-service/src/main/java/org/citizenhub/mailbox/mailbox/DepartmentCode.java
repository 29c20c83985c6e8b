package org.citizenhub.mailbox.mailbox;

/**
 * The format of mailbox and department codes (upper-case letters, digits and '-'), stated once for the mailbox
 * configuration, the letters and the request validation. Plain Java, so the letter aggregate may use it.
 */
public final class DepartmentCode {

    public static final String FORMAT = "[A-Z0-9-]{2,40}";

    private DepartmentCode() {
    }
}
