/**
 * The reviews' rules without Spring or HTTP: the period, one value object per phase ({@link ReviewPhase}) and the
 * named policies ({@link ReviewPolicies}) whose refusals name their {@link ReviewRule}.
 */
package org.citizenhub.survey.reviews.domain;
