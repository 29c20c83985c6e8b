package org.citizenhub.hall.applications;

import java.util.Optional;

import org.citizenhub.hall.applications.domain.ApplicationTerms;
import org.citizenhub.hall.applications.domain.ProcessStep;
import org.citizenhub.hall.applications.domain.RequiredMaterial;
import org.citizenhub.hall.applications.domain.StepRole;
import org.citizenhub.hall.catalogue.PublishedItem;
import org.citizenhub.hall.catalogue.PublishedItems;
import org.springframework.stereotype.Component;

/**
 * The catalogue's published versions as applications take them: a material is named (and claimed) by its name in
 * the guide; a step's role maps by name; a limit of 0 working days (即办) counts as one.
 */
@Component
class CatalogueItems implements ApplicableItems {

    private final PublishedItems published;

    CatalogueItems(PublishedItems published) {
        this.published = published;
    }

    @Override
    public Optional<ApplicableItem> published(String implementationCode) {
        return published.published(implementationCode).map(CatalogueItems::item);
    }

    static ApplicableItem item(PublishedItem p) {
        int statutory = Math.max(1, p.limits().statutoryWorkingDays());
        int promised = p.limits().promisedWorkingDays() < 1 ? statutory : p.limits().promisedWorkingDays();
        var materials = p.materials().stream().map(m -> new RequiredMaterial(m.name(), m.name(), m.required())).toList();
        var process = p.process().steps().stream().map(s -> new ProcessStep(s.key(), s.name().zh(),
                StepRole.valueOf(s.role().name()), Math.max(1, s.limitWorkingDays()), s.departments())).toList();
        var terms = new ApplicationTerms(p.implementationCode(), p.name().zh(), p.versionId().toString(), null,
                p.acceptingDepartment(), statutory, promised, materials, process);
        return new ApplicableItem(terms, p.formSchema());
    }
}
