package org.citizenhub.hall.applications.domain;

/** 行政许可法 第四十五条: the time these take is not counted in the limit. */
public enum PauseKind { HEARING, INSPECTION, TESTING, EXPERT_REVIEW }
