package org.citizenhub.consultation.rules;

/** A time limit named after the regulation or practice that sets it. */
public interface NamedTimeRule {
    TimeRule rule();
}
