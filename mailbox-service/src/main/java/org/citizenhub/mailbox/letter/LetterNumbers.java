package org.citizenhub.mailbox.letter;

import java.util.Optional;

import org.citizenhub.casework.tracking.TrackingNumber;

/**
 * The mailbox's tracking numbers: prefix {@value #PREFIX}, the acceptance date and a serial from the sequence
 * {@value #SEQUENCE}, e.g. {@code ML20261123000042} (drawn by the casework core's {@code TrackingNumbers}). A number
 * with another service's prefix is no letter of ours.
 */
final class LetterNumbers {

    static final String PREFIX = "ML";
    static final String SEQUENCE = "letter_serial";

    private LetterNumbers() {
    }

    static Optional<TrackingNumber> parse(String candidate) {
        return TrackingNumber.parse(PREFIX, candidate);
    }
}
