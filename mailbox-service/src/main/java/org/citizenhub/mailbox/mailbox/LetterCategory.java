package org.citizenhub.mailbox.mailbox;

/** What a citizen writes about; the mailbox office may route by it. */
public enum LetterCategory {
    /** 建议 */ SUGGESTION,
    /** 咨询 */ CONSULTATION,
    /** 投诉 */ COMPLAINT,
    /** 求助 */ HELP,
    /** 表扬 */ PRAISE,
    /** 其他 */ OTHER
}
