package org.citizenhub.mailbox.letter;

/**
 * Encrypts personal data for storage (the writer's name and contact details), bound to the record it belongs to
 * so that a sealed value copied to another row does not open.
 */
public interface PersonalDataSeal {

    String seal(String plaintext, String boundTo);

    String open(String sealed, String boundTo);
}
