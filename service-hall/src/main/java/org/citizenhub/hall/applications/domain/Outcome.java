package org.citizenhub.hall.applications.domain;

/** 准予 or 不予. */
public enum Outcome { GRANTED, REFUSED }
