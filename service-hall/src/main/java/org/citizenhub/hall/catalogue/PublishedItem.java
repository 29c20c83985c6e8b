package org.citizenhub.hall.catalogue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citizenhub.hall.catalogue.domain.Item;
import org.citizenhub.hall.catalogue.domain.ItemGuide;
import org.citizenhub.hall.catalogue.domain.ItemKind;
import org.citizenhub.hall.catalogue.domain.ItemVersion;
import org.citizenhub.hall.catalogue.domain.Names;
import org.citizenhub.hall.catalogue.domain.OnlineLevel;
import org.citizenhub.hall.catalogue.domain.ProcessDefinition;
import org.citizenhub.hall.catalogue.domain.ServedParty;
import org.citizenhub.hall.catalogue.domain.VersionStatus;

/**
 * A published version as an application needs it.
 *
 * @param current     whether it is the version published now (false: superseded or withdrawn since)
 * @param departments the implementing departments; the first is the accepting window (一点受理)
 * @param formSchema  the application form, a JSON Schema (draft 2020-12) checked as such when published
 * @param process     the handling steps, checked by the process policies when published
 */
public record PublishedItem(UUID itemId, UUID versionId, int versionNumber, boolean current, String basicCode,
                            String implementationCode, Names name, ItemKind kind, List<String> departments,
                            ItemGuide.TimeLimits limits, List<ItemGuide.Material> materials, String formSchema,
                            ProcessDefinition process, List<ItemGuide.Fee> fees, OnlineLevel onlineLevel,
                            Set<ServedParty> serves) {

    public String acceptingDepartment() {
        return departments.getFirst();
    }

    static PublishedItem of(Item item, ItemVersion v) {
        var g = v.content().guide();
        return new PublishedItem(item.id(), v.id(), v.number(), v.status() == VersionStatus.PUBLISHED,
                item.codes().basicCode(), item.codes().implementationCode(), g.name(), g.kind(), g.departments(),
                g.limits(), g.materials(), v.content().formSchema(), v.content().process(), g.fees(),
                g.onlineLevel(), g.serves());
    }
}
