package org.citizenhub.identity.sites;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.identity.IdentityProblem;
import org.citizenhub.identity.directory.Department;
import org.citizenhub.identity.directory.DepartmentChangeObserver;
import org.citizenhub.identity.directory.DepartmentCode;
import org.citizenhub.identity.directory.DepartmentDirectory;
import org.citizenhub.sites.Site;
import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.sites.SiteDirectoryJson;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.sites.spring.SitesProperties;
import org.citizenhub.web.problem.HubProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sites of the hub (集约化) and the site directory built from them and the department tree: every department
 * belongs to the nearest site at or above it.
 *
 * <p>Every change to a site (here) or to a department ({@link DepartmentChangeObserver}) takes the directory's
 * version lock, increments the version, and publishes the new directory through the outbox in the changing
 * transaction ({@link SiteDirectoryPublished}); after commit the directory is put in force in this service's own
 * {@link HubSites} (identity does not follow its own topic). At start-up the directory is published once more: as a
 * new version if the database changed outside the API (a migration, the demo data), otherwise the version in force
 * again, which consumers ignore, so that the topic's last record is always the newest version even if an older
 * publication was resubmitted late.
 *
 * <p>Policy {@link #EVERY_ROOT_DEPARTMENT_RUNS_A_SITE}: no department can be without a site. V5 gave every root
 * department of the day its site; a department that becomes a root (created, or moved to the top) gets its site in
 * the same transaction; the site of a root department cannot be removed.
 */
@Service
public class Sites implements DepartmentChangeObserver, SmartInitializingSingleton {

    /** The name of the policy that keeps every department inside a site. */
    public static final String EVERY_ROOT_DEPARTMENT_RUNS_A_SITE = "every-root-department-runs-a-site";

    static final String AUDIT_TARGET = "site";
    private static final Logger log = LoggerFactory.getLogger(Sites.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiteRepository sites;
    private final DepartmentDirectory departments;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final HubSites hubSites;
    private final SitesProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Sites(SiteRepository sites, DepartmentDirectory departments, AuditLog auditLog, ApplicationEventPublisher events,
          HubSites hubSites, SitesProperties properties, TransactionTemplate transactions, Clock clock) {
        this.sites = sites;
        this.departments = departments;
        this.auditLog = auditLog;
        this.events = events;
        this.hubSites = hubSites;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The directory in force in this service (the last one published). */
    public SiteDirectory directory() {
        return hubSites.directory();
    }

    @Transactional(readOnly = true)
    public List<StoredSite> all() {
        return sites.findAll();
    }

    @Transactional(readOnly = true)
    public StoredSite site(String code) {
        return SiteCode.parse(code).flatMap(sites::find)
                .orElseThrow(() -> new HubProblem(IdentityProblem.SITE_DOES_NOT_EXIST, shorten(code)));
    }

    /** A new site run by {@code departmentCode}. */
    @Transactional
    public StoredSite establish(AuditActor actor, String code, String departmentCode, SiteDetails details) {
        SiteCode siteCode = SiteCode.parse(code)
                .orElseThrow(() -> new HubProblem(IdentityProblem.SITE_CODE_MALFORMED, shorten(code)));
        Department department = DepartmentCode.parse(departmentCode).flatMap(c -> departments.all().stream()
                        .filter(d -> d.code().equals(c)).findFirst())
                .orElseThrow(() -> new HubProblem(IdentityProblem.SITE_DEPARTMENT_UNKNOWN, shorten(departmentCode)));
        if (!department.active()) {
            throw new HubProblem(IdentityProblem.DEPARTMENT_INACTIVE, department.code().value());
        }
        var lock = sites.lockVersion();
        sites.findByDepartment(department.code()).ifPresent(existing -> {
            throw new HubProblem(IdentityProblem.DEPARTMENT_ALREADY_RUNS_A_SITE, department.code().value(),
                    existing.code().value());
        });
        if (sites.find(siteCode).isPresent()) {
            throw new HubProblem(IdentityProblem.SITE_CODE_TAKEN, siteCode.value());
        }
        checkHostsAndPath(siteCode, details);
        var site = StoredSite.establish(siteCode, department.code(), details, clock.instant());
        sites.insert(site);
        auditLog.record(actor, "site.created", AUDIT_TARGET, siteCode.value(), describe(site));
        publish(lock);
        return site;
    }

    @Transactional
    public StoredSite revise(AuditActor actor, String code, SiteDetails details) {
        var lock = sites.lockVersion();
        var current = site(code);
        checkHostsAndPath(current.code(), details);
        var revised = current.revise(details, clock.instant());
        sites.update(revised);
        var auditDetails = new LinkedHashMap<String, Object>();
        auditDetails.put("before", describe(current));
        auditDetails.put("after", describe(revised));
        auditLog.record(actor, "site.updated", AUDIT_TARGET, current.code().value(), auditDetails);
        publish(lock);
        return revised;
    }

    /** Removes a site; its departments fall to the site above. A root department's site stays (policy above). */
    @Transactional
    public void remove(AuditActor actor, String code) {
        var lock = sites.lockVersion();
        var current = site(code);
        boolean root = departments.all().stream()
                .anyMatch(d -> d.code().equals(current.department()) && d.isRoot());
        if (root) {
            throw new HubProblem(IdentityProblem.ROOT_SITE_CANNOT_BE_REMOVED, current.code().value());
        }
        sites.delete(current.code());
        auditLog.record(actor, "site.removed", AUDIT_TARGET, current.code().value(), describe(current));
        publish(lock);
    }

    /**
     * In the department's transaction: a department that now stands at the root gets its site if it has none
     * ({@link #EVERY_ROOT_DEPARTMENT_RUNS_A_SITE}), and the directory is published anew.
     */
    @Override
    public void departmentChanged(AuditActor actor, Department department) {
        var lock = sites.lockVersion();
        if (department.isRoot() && sites.findByDepartment(department.code()).isEmpty()) {
            SiteCode code = SiteCode.ofRootDepartment(department.code());
            if (sites.find(code).isPresent()) {
                throw new HubProblem(IdentityProblem.SITE_CODE_TAKEN, code.value());
            }
            var site = StoredSite.establish(code, department.code(),
                    SiteDetails.ofRootDepartment(department.nameZh(), department.nameEn()), clock.instant());
            checkHostsAndPath(code, site.details());
            sites.insert(site);
            var details = describe(site);
            details.put("policy", EVERY_ROOT_DEPARTMENT_RUNS_A_SITE);
            auditLog.record(actor, "site.created", AUDIT_TARGET, code.value(), details);
        }
        publish(lock);
    }

    /**
     * Once the database is migrated and before the web server starts: publishes the directory (a new version if it
     * differs from the one last published) and puts it in force here.
     */
    @Override
    public void afterSingletonsInstantiated() {
        SiteDirectory directory = transactions.execute(transaction -> {
            var lock = sites.lockVersion();
            SiteDirectory current = build(lock.version());
            if (lock.document() == null || !sameContent(SiteDirectoryJson.tree(current), lock.document())) {
                log.info("The site directory changed outside the API since version {}; publishing a new version",
                        lock.version());
                return publish(lock);
            }
            events.publishEvent(SiteDirectoryPublished.of(current, properties.topic(), clock));
            return current;
        });
        hubSites.apply(directory);
    }

    /** The directory as the database holds it now, with the given version. */
    SiteDirectory build(long version) {
        List<SiteRepository.Node> tree = sites.departmentTree();
        List<StoredSite> all = sites.findAll();
        Map<String, String> parentOf = new HashMap<>();
        tree.forEach(node -> parentOf.put(node.code(), node.parent()));
        Map<String, String> siteRunBy = new HashMap<>();
        all.forEach(site -> siteRunBy.put(site.department().value(), site.code().value()));
        Map<String, String> siteOf = new HashMap<>();
        List<SiteDirectory.Placement> placements = new ArrayList<>();
        for (SiteRepository.Node node : tree) {
            placements.add(new SiteDirectory.Placement(node.code(), node.parent(),
                    nearestSite(node.code(), parentOf, siteRunBy, siteOf)));
        }
        List<Site> directorySites = new ArrayList<>();
        for (StoredSite site : all) {
            var d = site.details();
            String parentDepartment = parentOf.get(site.department().value());
            String parentSite = parentDepartment == null ? null
                    : nearestSite(parentDepartment, parentOf, siteRunBy, siteOf);
            directorySites.add(new Site(site.code().value(), site.department().value(), parentSite, d.nameZh(),
                    d.nameEn(), d.hosts(), d.pathPrefix(), d.logoUrl(), d.contactZh(), d.contactEn(), d.live(),
                    d.includeChildren()));
        }
        return new SiteDirectory(version, directorySites, placements);
    }

    /** The site of the department: its own, or the nearest one above it (null only if the tree has no site). */
    private static String nearestSite(String department, Map<String, String> parentOf, Map<String, String> siteRunBy,
                                      Map<String, String> memo) {
        if (memo.containsKey(department)) {
            return memo.get(department);
        }
        var seen = new HashSet<String>();
        String site = null;
        for (String d = department; d != null && seen.add(d); d = parentOf.get(d)) {
            if (siteRunBy.containsKey(d)) {
                site = siteRunBy.get(d);
                break;
            }
            if (memo.containsKey(d)) {
                site = memo.get(d);
                break;
            }
        }
        memo.put(department, site);
        return site;
    }

    /**
     * Increments the version (the lock is held), builds the directory, remembers it as published and publishes it
     * through the outbox; it is put in force here once the transaction commits.
     */
    private SiteDirectory publish(SiteRepository.PublishedVersion lock) {
        SiteDirectory directory = build(lock.version() + 1);
        sites.storeVersion(directory.version(), SiteDirectoryJson.write(directory), OffsetDateTime.now(clock));
        events.publishEvent(SiteDirectoryPublished.of(directory, properties.topic(), clock));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    hubSites.apply(directory);
                }
            });
        }
        return directory;
    }

    /** Whether the directory says what the published document says, whatever the versions. */
    private static boolean sameContent(ObjectNode current, String publishedDocument) {
        JsonNode published;
        try {
            published = JSON.readTree(publishedDocument);
        } catch (RuntimeException unreadable) {
            return false;
        }
        if (!(published instanceof ObjectNode publishedObject)) {
            return false;
        }
        var a = current.deepCopy();
        var b = publishedObject.deepCopy();
        a.remove("version");
        b.remove("version");
        return a.equals(b);
    }

    /** Another site's host or path prefix is refused, naming the value and the site that has it. */
    private void checkHostsAndPath(SiteCode code, SiteDetails details) {
        for (String host : details.hosts()) {
            sites.siteOfHost(host).filter(owner -> !owner.equals(code.value())).ifPresent(owner -> {
                throw new HubProblem(IdentityProblem.SITE_HOST_TAKEN, host, owner);
            });
        }
        sites.siteOfPathPrefix(details.pathPrefix()).filter(owner -> !owner.equals(code.value()))
                .ifPresent(owner -> {
                    throw new HubProblem(IdentityProblem.SITE_PATH_PREFIX_TAKEN, details.pathPrefix(), owner);
                });
    }

    private static Map<String, Object> describe(StoredSite site) {
        var d = site.details();
        var map = new LinkedHashMap<String, Object>();
        map.put("department", site.department().value());
        map.put("nameZh", d.nameZh());
        map.put("nameEn", d.nameEn());
        map.put("hosts", d.hosts());
        map.put("pathPrefix", d.pathPrefix());
        map.put("logoUrl", d.logoUrl());
        map.put("contactZh", d.contactZh());
        map.put("contactEn", d.contactEn());
        map.put("live", d.live());
        map.put("includeChildren", d.includeChildren());
        return map;
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
