package org.citizenhub.hall.applications;

import java.util.Optional;

import org.citizenhub.hall.ratings.RatableApplications;
import org.springframework.stereotype.Component;

/**
 * 一事一评: an application can be rated by its applicant once it has its result (准予 or 不予); the rating goes to
 * the department that accepted and decided it, on that department's site.
 */
@Component
class ApplicationsToRate implements RatableApplications {

    private final Applications applications;

    ApplicationsToRate(Applications applications) {
        this.applications = applications;
    }

    @Override
    public Optional<RatableApplication> finished(String applicationNumber, String applicantSubject) {
        return applications.finished(applicationNumber, applicantSubject)
                .map(f -> new RatableApplication(f.number(), f.department(), f.site(), f.implementationCode(),
                        f.itemName(), f.resultAt()));
    }
}
