package org.citizenhub.hall.catalogue;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.hall.catalogue.domain.CataloguePolicies;
import org.citizenhub.hall.catalogue.domain.CatalogueRefusal;
import org.citizenhub.hall.catalogue.domain.CatalogueRule;
import org.citizenhub.hall.catalogue.domain.Item;
import org.citizenhub.hall.catalogue.domain.ItemCodes;
import org.citizenhub.hall.catalogue.domain.ItemVersion;
import org.citizenhub.hall.catalogue.domain.Stamp;
import org.citizenhub.hall.catalogue.domain.VersionContent;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.SiteAdministration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's use cases: administration (create an item, draft, publish, withdraw; each audit-logged, the
 * publication and withdrawal also on the bus) and the public reading of what is published, per site.
 * Administration belongs to the hub-wide admin, or to the site administrator of the accepting department's site.
 */
@Service
class Catalogue implements PublishedItems {

    static final String TARGET = "service-item";

    private final CatalogueRepository items;
    private final FormSchemas forms;
    private final HubSites sites;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CatalogueProperties properties;

    Catalogue(CatalogueRepository items, FormSchemas forms, HubSites sites, AuditLog audit,
              ApplicationEventPublisher events, Clock clock, CatalogueProperties properties) {
        this.items = items;
        this.forms = forms;
        this.sites = sites;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional
    public Item create(CurrentUser user, String basicCode, String implementationCode, String acceptingDepartment) {
        var codes = refusing(() -> new ItemCodes(basicCode, implementationCode));
        if (!knownDepartment(acceptingDepartment)) {
            throw problem(CatalogueRule.DEPARTMENT_UNKNOWN, acceptingDepartment);
        }
        SiteAdministration.require(user, sites.siteOf(acceptingDepartment).orElse(null));
        if (items.find(implementationCode, false).isPresent()) {
            throw problem(CatalogueRule.IMPLEMENTATION_CODE_TAKEN, implementationCode);
        }
        var item = Item.create(UUID.randomUUID(), codes, acceptingDepartment, stamp(user));
        items.insert(item);
        audit.record(auditor(user), "catalogue.item.created", TARGET, implementationCode,
                Map.of("basicCode", basicCode, "acceptingDepartment", acceptingDepartment));
        return item;
    }

    @Transactional
    public Item draft(CurrentUser user, String implementationCode, VersionContent content) {
        var item = administered(user, implementationCode);
        var version = refusing(() -> item.draft(UUID.randomUUID(), content, stamp(user),
                CataloguePolicies.onDraft(this::knownDepartment)));
        items.save(item);
        audit.record(auditor(user), "catalogue.version.drafted", TARGET, implementationCode,
                Map.of("versionId", version.id(), "number", version.number()));
        return item;
    }

    @Transactional
    public Item publish(CurrentUser user, String implementationCode) {
        var item = administered(user, implementationCode);
        var publication = refusing(() -> item.publish(stamp(user),
                CataloguePolicies.onPublication(this::knownDepartment, forms::check)));
        items.save(item);
        var published = publication.published();
        var superseded = publication.superseded().map(v -> v.id()).orElse(null);
        var details = new LinkedHashMap<String, Object>();
        details.put("versionId", published.id());
        details.put("number", published.number());
        details.put("supersededVersionId", superseded);
        audit.record(auditor(user), "catalogue.version.published", TARGET, implementationCode, details);
        events.publishEvent(ItemEvent.of(ItemEvent.PUBLISHED, item, published, superseded, siteOf(item), clock));
        return item;
    }

    @Transactional
    public Item withdraw(CurrentUser user, String implementationCode, String reason) {
        var item = administered(user, implementationCode);
        var withdrawn = refusing(() -> item.withdraw(stamp(user), reason));
        items.save(item);
        var details = new LinkedHashMap<String, Object>();
        details.put("versionId", withdrawn.id());
        details.put("reason", reason);
        audit.record(auditor(user), "catalogue.version.withdrawn", TARGET, implementationCode, details);
        events.publishEvent(ItemEvent.of(ItemEvent.WITHDRAWN, item, withdrawn, null, siteOf(item), clock));
        return item;
    }

    @Transactional(readOnly = true)
    public Item item(CurrentUser user, String implementationCode) {
        var item = items.find(implementationCode, false).orElseThrow(() -> notFound(implementationCode));
        SiteAdministration.require(user, siteOf(item));
        return item;
    }

    /** The hub-wide admin sees every item, a site administrator those accepted by a department of their site. */
    @Transactional(readOnly = true)
    public CatalogueRepository.Page<Item> items(CurrentUser user, int page, int size) {
        Set<String> departments = SiteAdministration.isSiteAdministrator(user)
                ? (user.site() == null ? Set.of() : sites.directory().departmentsOf(user.site())) : null;
        return items.list(departments, page, Math.min(size, properties.maxPageSize()));
    }

    /** The published items of the selected site(s), filtered, searched in Chinese when {@code q} is given. */
    @Transactional(readOnly = true)
    public CatalogueRepository.Page<CatalogueRepository.Listed> browse(SiteSelection site, String q, String kind,
                                                                       String department, String theme,
                                                                       String lifeEvent, String serves,
                                                                       String onlineLevel, int page, int size) {
        var query = q == null || q.isBlank() ? null : q.strip();
        return items.published(new CatalogueRepository.Filter(site.departments(), query, properties.matchedShare(),
                kind, department, theme, lifeEvent, serves, onlineLevel), page, Math.min(size,
                properties.maxPageSize()));
    }

    /** The published version of an item accepted within the selected site(s). */
    @Transactional(readOnly = true)
    public Optional<PublishedGuide> guide(String implementationCode, SiteSelection site) {
        if (!ItemCodes.looksLikeImplementationCode(implementationCode)) {
            return Optional.empty();
        }
        return items.find(implementationCode, false).filter(i -> site.covers(i.acceptingDepartment()))
                .flatMap(i -> i.published().map(v -> new PublishedGuide(i, v)));
    }

    /** A published item with the version the guide shows. */
    public record PublishedGuide(Item item, ItemVersion version) {
    }

    @Transactional(readOnly = true)
    public List<CatalogueRepository.Count> themes(SiteSelection site) {
        return items.counts("themes", site.departments());
    }

    @Transactional(readOnly = true)
    public List<CatalogueRepository.Count> lifeEvents(SiteSelection site) {
        return items.counts("life_events", site.departments());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublishedItem> published(String implementationCode) {
        if (!ItemCodes.looksLikeImplementationCode(implementationCode)) {
            return Optional.empty();
        }
        return items.find(implementationCode, false)
                .flatMap(i -> i.published().map(v -> PublishedItem.of(i, v)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublishedItem> version(UUID versionId) {
        return items.itemOfPublishedVersion(versionId).flatMap(i -> i.versions().stream()
                .filter(v -> v.id().equals(versionId)).findFirst().map(v -> PublishedItem.of(i, v)));
    }

    private Item administered(CurrentUser user, String implementationCode) {
        if (!ItemCodes.looksLikeImplementationCode(implementationCode)) {
            throw notFound(implementationCode);
        }
        var item = items.find(implementationCode, true).orElseThrow(() -> notFound(implementationCode));
        SiteAdministration.require(user, siteOf(item));
        return item;
    }

    private String siteOf(Item item) {
        return sites.siteOf(item.acceptingDepartment()).orElse(null);
    }

    private boolean knownDepartment(String code) {
        return code != null && sites.directory().department(code).isPresent();
    }

    private Stamp stamp(CurrentUser user) {
        return new Stamp(clock.instant(), user.username() == null ? user.subject() : user.username());
    }

    private static AuditActor auditor(CurrentUser user) {
        return new AuditActor(user.subject(), user.username());
    }

    private static HubProblem notFound(String implementationCode) {
        return new HubProblem(CatalogueProblem.ITEM_NOT_FOUND, implementationCode);
    }

    private static HubProblem problem(CatalogueRule rule, Object... args) {
        return new HubProblem(CatalogueProblem.of(rule), args);
    }

    /** Runs a domain step, answering its refusal as the rule's problem. */
    private static <T> T refusing(Supplier<T> step) {
        try {
            return step.get();
        } catch (CatalogueRefusal refusal) {
            throw new HubProblem(CatalogueProblem.of(refusal.rule()), refusal.args());
        }
    }
}
