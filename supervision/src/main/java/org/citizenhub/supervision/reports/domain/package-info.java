/**
 * The reports' domain: periods, the counts of a line and the arithmetic that turns them into figures (percentages,
 * averages, rounding, the dash when nothing was counted). No Spring, no HTTP, no SQL.
 */
package org.citizenhub.supervision.reports.domain;
