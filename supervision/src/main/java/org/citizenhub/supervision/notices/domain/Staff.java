package org.citizenhub.supervision.notices.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Someone acting on a notice: the token's subject, the name shown in the notice's history, realm roles and department.
 * The scheduled escalation acts as {@link #SYSTEM}.
 */
public record Staff(String subject, String name, Set<String> roles, String department) {

    public static final String SUPERVISOR = "supervisor";
    public static final String HANDLER = "handler";
    /** 部门负责人: the realm role notices escalate to; answers for the department as a handler does. */
    public static final String DEPARTMENT_HEAD = "department-head";
    public static final Staff SYSTEM = new Staff("system", "supervision", Set.of(), null);

    public Staff {
        Objects.requireNonNull(subject, "subject");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        name = name == null ? subject : name;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** The role the person acted in, as the history shows it. */
    public String roleFor(NoticeStep.Kind kind) {
        return switch (kind) {
            case ISSUED, RETURNED, ACCEPTED -> SUPERVISOR;
            case REPLIED -> has(DEPARTMENT_HEAD) ? DEPARTMENT_HEAD : HANDLER;
            case ESCALATED -> "system";
        };
    }
}
