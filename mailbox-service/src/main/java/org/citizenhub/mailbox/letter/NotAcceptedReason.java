package org.citizenhub.mailbox.letter;

/** Why the mailbox office did not accept a letter; the citizen is told the reason. */
public enum NotAcceptedReason {
    /** 重复来信 */ DUPLICATE,
    /** 不属于受理范围（如涉诉、应走其他法定途径） */ OUT_OF_SCOPE,
    /** 含有辱骂、攻击等内容 */ ABUSIVE,
    /** 内容不清，无法办理 */ UNCLEAR
}
