package org.citizenhub.identity.directory;

import org.citizenhub.audit.AuditActor;

/**
 * Told of every change to a department (created, revised or moved, deactivated, activated), inside the changing
 * transaction, so that what depends on the tree (the site directory) changes with it or not at all. Lets the sites
 * depend on the directory without the directory knowing the sites.
 */
public interface DepartmentChangeObserver {

    /** The department as it now is; throwing a refusal undoes the change. */
    void departmentChanged(AuditActor actor, Department department);
}
