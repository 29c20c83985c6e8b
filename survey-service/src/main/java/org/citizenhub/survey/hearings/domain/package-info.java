/**
 * The hearings' rules without Spring or HTTP: the schedule, one value object per phase ({@link HearingPhase}), the
 * named policies ({@link HearingPolicies}) whose refusals name their {@link HearingRule}, and the reproducible
 * lottery.
 */
package org.citizenhub.survey.hearings.domain;
