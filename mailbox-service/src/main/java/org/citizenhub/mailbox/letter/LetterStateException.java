package org.citizenhub.mailbox.letter;

/** A step that the letter's current state does not allow (answered as 409). */
public class LetterStateException extends RuntimeException {

    private final LetterStatus status;
    private final String step;

    public LetterStateException(LetterStatus status, String step) {
        super("A letter in state " + status + " cannot be " + step);
        this.status = status;
        this.step = step;
    }

    public LetterStatus status() {
        return status;
    }

    public String step() {
        return step;
    }
}
