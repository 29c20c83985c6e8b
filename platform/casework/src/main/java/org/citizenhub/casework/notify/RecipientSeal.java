package org.citizenhub.casework.notify;

import java.util.function.BinaryOperator;

/**
 * Encrypts a recipient (e-mail address or phone number) for {@code notification_outbox}, bound to the notification
 * it belongs to so that a sealed value copied to another row does not open. The service supplies it from its own
 * personal-data key; adapting the service's seal is one line, e.g.
 * {@code RecipientSeal.of(personalDataSeal::seal, personalDataSeal::open)}.
 */
public interface RecipientSeal {

    String seal(String plaintext, String boundTo);

    String open(String sealed, String boundTo);

    /** A seal from two functions {@code (text, boundTo) -> result}. */
    static RecipientSeal of(BinaryOperator<String> seal, BinaryOperator<String> open) {
        return new RecipientSeal() {
            @Override
            public String seal(String plaintext, String boundTo) {
                return seal.apply(plaintext, boundTo);
            }

            @Override
            public String open(String sealed, String boundTo) {
                return open.apply(sealed, boundTo);
            }
        };
    }
}
