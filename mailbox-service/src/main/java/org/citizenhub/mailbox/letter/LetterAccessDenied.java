package org.citizenhub.mailbox.letter;

/**
 * The actor may not take this step on this letter (another department's letter, someone else's letter). Answered
 * as "not found", so that whether the letter exists does not leak.
 */
public class LetterAccessDenied extends RuntimeException {

    public LetterAccessDenied(String why) {
        super(why);
    }
}
