package org.citizenhub.mailbox.letter;

/** The citizen's rating of an answer. */
public enum Rating {
    /** 满意 */ SATISFIED,
    /** 基本满意 */ BASICALLY_SATISFIED,
    /** 不满意 */ UNSATISFIED
}
