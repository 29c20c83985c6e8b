package org.citizenhub.identity.directory;

/** What kind of unit a department is; only a government may stand at the root of the tree. */
public enum DepartmentKind {
    GOVERNMENT, DISTRICT, BUREAU, OFFICE
}
