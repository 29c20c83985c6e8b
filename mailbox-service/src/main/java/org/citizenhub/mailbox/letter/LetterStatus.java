package org.citizenhub.mailbox.letter;

/** The handling states of a letter. Only submission exists in the spine; the full workflow comes with the mailbox issue. */
public enum LetterStatus {
    SUBMITTED
}
