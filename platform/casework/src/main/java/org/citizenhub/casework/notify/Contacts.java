package org.citizenhub.casework.notify;

/** Masking of contact details for logs and stored error messages. */
public final class Contacts {

    private Contacts() {
    }

    /**
     * {@code 13812345678} → {@code 138****5678}, {@code zhang.san@example.org} → {@code z***@example.org};
     * {@code null} stays {@code null}.
     */
    public static String mask(String contact) {
        if (contact == null) {
            return null;
        }
        int at = contact.indexOf('@');
        if (at >= 0) {
            return (at > 0 ? contact.substring(0, 1) : "") + "***" + contact.substring(at);
        }
        if (contact.length() < 8) {
            return "****";
        }
        return contact.substring(0, 3) + "*".repeat(contact.length() - 7) + contact.substring(contact.length() - 4);
    }

    /** The text with every occurrence of the contact replaced by its mask. */
    public static String redact(String text, String contact) {
        if (text == null || contact == null || contact.isEmpty()) {
            return text;
        }
        return text.replace(contact, mask(contact));
    }
}
