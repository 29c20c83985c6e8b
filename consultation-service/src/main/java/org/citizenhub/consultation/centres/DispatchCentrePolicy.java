package org.citizenhub.consultation.centres;

import org.citizenhub.web.problem.ProblemType;

/**
 * The rule for a site's dispatch centre. A refusal is a problem detail of its own type (texts in the service's
 * {@code problems*.properties}).
 */
public enum DispatchCentrePolicy implements ProblemType {

    /**
     * A site's cases are screened by one of that site's own departments (not a child's, not a parent's, not one
     * the directory does not know): otherwise a district could hand its citizens' cases to another site's staff.
     * Args: the department, the site.
     */
    A_SITE_IS_SCREENED_BY_ONE_OF_ITS_OWN_DEPARTMENTS("dispatch-centre-of-the-site", 400);

    private final String slug;
    private final int status;

    DispatchCentrePolicy(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public int status() {
        return status;
    }
}
