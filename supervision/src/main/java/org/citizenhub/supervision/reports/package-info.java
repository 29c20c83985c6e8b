/**
 * Department performance and the annual report (年度报表): per month, quarter and year, per department and service,
 * with totals per site and for the hub, from the read model of package {@code overdue}. See
 * supervision/docs/reports.md.
 */
package org.citizenhub.supervision.reports;
