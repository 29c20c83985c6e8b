package org.citizenhub.supervision.reports.domain;

/**
 * One line of a report: a department's figures for one service, a department's over all services, a site's total
 * or the hub's total. A site, department or service that the read model does not know is null.
 */
public record ReportLine(Level level, String site, String department, String service, Figures figures) {

    public enum Level {
        /** one department, one service */
        SERVICE,
        /** one department, every service */
        DEPARTMENT,
        /** every department of one site */
        SITE,
        /** everything the caller may see */
        HUB
    }
}
