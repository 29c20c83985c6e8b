package org.citizenhub.hall.ratings;

import java.util.Optional;

/**
 * The port through which 一事一评 learns of applications (办件) that have their result. The applications feature
 * (org.citizenhub.hall.applications, {@code ApplicationsToRate}) implements it as a bean: {@code finished} answers an
 * application only if it has its result (办结) and {@code applicantSubject} (the token's subject) is its applicant.
 * Until then {@link #NONE} answers nothing, so rating an application is {@code 404 ratable-application-not-found}.
 */
public interface RatableApplications {

    /**
     * @param applicationNumber 办件编号
     * @param department        the department that decided it (the rating's department)
     * @param site              that department's site, or null to take it from the site directory
     * @param itemCode          the item's 实施编码
     * @param itemName          the item's name
     * @param finishedAt        when the result was issued (the rating's "served at")
     */
    record RatableApplication(String applicationNumber, String department, String site, String itemCode,
                              String itemName, java.time.Instant finishedAt) {
    }

    Optional<RatableApplication> finished(String applicationNumber, String applicantSubject);

    /** No applications yet: nothing is ratable. */
    RatableApplications NONE = (number, subject) -> Optional.empty();
}
