package org.citizenhub.mailbox.letter;

/**
 * Masks personal data out of a letter's texts for publication. The publication feature provides it; the letter
 * keeps the result as part of its approval, so it is stored under the letter's optimistic lock.
 */
public interface PublicationMasking {

    Letter.PublishedText mask(Letter letter);
}
