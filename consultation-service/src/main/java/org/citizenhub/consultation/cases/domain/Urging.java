package org.citizenhub.consultation.cases.domain;

import java.time.Instant;

/** 催办: a supervisor urged the departments on a case near or past its deadline. */
public record Urging(String note, String deadline, String by, Instant at) {
}
