package org.citizenhub.hall.catalogue;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.hall.catalogue.domain.ItemGuide;
import org.citizenhub.hall.catalogue.domain.ItemKind;
import org.citizenhub.hall.catalogue.domain.Names;
import org.citizenhub.hall.catalogue.domain.OnlineLevel;
import org.citizenhub.hall.catalogue.domain.ProcessDefinition;
import org.citizenhub.hall.catalogue.domain.ServedParty;
import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public catalogue of one site (办事指南): browse by kind, department, theme, life event, whom an item serves
 * and how far it is online; search in Chinese; one item's whole guide. Items accepted by a department of the
 * selected site(s) only.
 */
@RestController
@Validated
class PublicCatalogueController {

    /** @param score share of the query's bigrams the item contains (null without a query) */
    record ItemSummary(String implementationCode, String basicCode, Names name, ItemKind kind, String kindName,
                       List<String> departments, OnlineLevel onlineLevel, int statutoryWorkingDays,
                       int promisedWorkingDays, boolean free, Set<ServedParty> serves, String scope,
                       List<String> themes, List<String> lifeEvents, Double score) {

        static ItemSummary of(CatalogueRepository.Listed l) {
            var g = l.guide();
            return new ItemSummary(l.implementationCode(), l.basicCode(), g.name(), g.kind(), g.kind().zh(),
                    g.departments(), g.onlineLevel(), g.limits().statutoryWorkingDays(),
                    g.limits().promisedWorkingDays(), g.fees().stream().allMatch(f -> f.amountFen() == 0),
                    g.serves(), g.scope(), g.themes(), g.lifeEvents(), l.score());
        }
    }

    /** Everything a citizen needs before applying, and the form and process a portal renders. */
    record GuideView(String implementationCode, String basicCode, UUID versionId, int versionNumber,
                     OffsetDateTime publishedAt, String kindName, String onlineLevelName, String acceptingDepartment,
                     ItemGuide guide, JsonNode formSchema, ProcessDefinition process) {
    }

    record Count(String name, long count) {
    }

    record KindView(ItemKind code, String zh, String en) {
    }

    record Browsing(List<Count> themes, List<Count> lifeEvents, List<KindView> kinds) {
    }

    private final Catalogue catalogue;
    private final JsonMapper json;

    PublicCatalogueController(Catalogue catalogue, JsonMapper json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    @GetMapping("/public/items")
    ResponseEntity<List<ItemSummary>> browse(
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) ItemKind kind,
            @RequestParam(required = false) @Pattern(regexp = ItemGuide.DEPARTMENT_CODE) String department,
            @RequestParam(required = false) @Size(max = 40) String theme,
            @RequestParam(required = false) @Size(max = 40) String lifeEvent,
            @RequestParam(required = false) ServedParty serves,
            @RequestParam(required = false) OnlineLevel onlineLevel,
            @RequestParam(defaultValue = "0") @Min(0) @Max(500) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(50) int size,
            SiteSelection site) {
        var found = catalogue.browse(site, q, name(kind), department, theme, lifeEvent, name(serves),
                name(onlineLevel), page, size);
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(found.total()))
                .body(found.rows().stream().map(ItemSummary::of).toList());
    }

    @GetMapping("/public/items/{implementationCode}")
    GuideView guide(@PathVariable String implementationCode, SiteSelection site) {
        var found = catalogue.guide(implementationCode, site)
                .orElseThrow(() -> new HubProblem(CatalogueProblem.ITEM_NOT_FOUND, implementationCode));
        var v = found.version();
        var g = v.content().guide();
        return new GuideView(found.item().codes().implementationCode(), found.item().codes().basicCode(), v.id(),
                v.number(), ItemAdminController.odt(v.published().at()), g.kind().zh(), g.onlineLevel().zh(),
                g.acceptingDepartment(), g, json.readTree(v.content().formSchema()), v.content().process());
    }

    @GetMapping("/public/themes")
    Browsing themes(SiteSelection site) {
        return new Browsing(
                catalogue.themes(site).stream().map(c -> new Count(c.name(), c.count())).toList(),
                catalogue.lifeEvents(site).stream().map(c -> new Count(c.name(), c.count())).toList(),
                Arrays.stream(ItemKind.values()).map(k -> new KindView(k, k.zh(), k.en())).toList());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
