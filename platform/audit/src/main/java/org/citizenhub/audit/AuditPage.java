package org.citizenhub.audit;

import java.util.List;

/**
 * One page of the log, newest first, and how many entries match in all.
 *
 * @param page  zero-based page number
 * @param size  the page size asked for
 * @param total entries matching the query on all pages
 */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
