package org.citizenhub.privacy;

/**
 * Encrypts personal data for storage (a writer's name and contact details, a citizen's phone number, a queued
 * notification's recipient), bound to a context, usually the key of the row it belongs to, so that a sealed value
 * copied to another row does not open. {@link PersonalDataCipher} is the implementation; services depend on this
 * interface so that their domain and tests need no key.
 */
public interface PersonalDataSeal {

    /** The stored form of {@code plaintext}, openable only with the same {@code boundTo}. */
    String seal(String plaintext, String boundTo);

    /**
     * The plaintext of a value {@link #seal sealed} with the same {@code boundTo}.
     *
     * @throws IllegalStateException if the value was sealed under another key or context, or was altered
     */
    String open(String sealed, String boundTo);
}
