package org.citizenhub.sites;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citizenhub.web.security.SiteTree;

/**
 * One consistent version of the hub's sites and of which site each department belongs to, as the identity
 * service publishes it (every change to a site or to the department tree publishes a new version). Immutable;
 * the subtrees are computed once, so every question is a map lookup.
 *
 * @see org.citizenhub.sites.spring.HubSites the current version in a running service
 */
public final class SiteDirectory implements SiteTree {

    /** A department as the directory places it: its parent and the site it belongs to. */
    public record Placement(String department, String parent, String site) {
    }

    /** The directory before any version arrived: no sites, no departments. */
    public static final SiteDirectory EMPTY = new SiteDirectory(0, List.of(), List.of());

    private final long version;
    private final Map<String, Site> sites;
    private final Map<String, Placement> departments;
    private final Map<String, Set<String>> departmentsUnder = new HashMap<>();
    private final Map<String, Set<String>> departmentsOf = new HashMap<>();
    private final Map<String, Set<String>> sitesUnder = new HashMap<>();
    private final Map<String, Site> byHost = new HashMap<>();

    /**
     * @throws IllegalArgumentException if the directory is not consistent: a department of an unknown site, a
     *                                  site whose parent is unknown, a cycle of sites, a host of two sites
     */
    public SiteDirectory(long version, Collection<Site> sites, Collection<Placement> departments) {
        this.version = version;
        var siteMap = new LinkedHashMap<String, Site>();
        for (Site site : sites) {
            if (siteMap.putIfAbsent(site.code(), site) != null) {
                throw new IllegalArgumentException("site " + site.code() + " listed twice");
            }
        }
        var placementMap = new LinkedHashMap<String, Placement>();
        for (Placement placement : departments) {
            if (placement.site() != null && !siteMap.containsKey(placement.site())) {
                throw new IllegalArgumentException("department " + placement.department() + " belongs to unknown site "
                        + placement.site());
            }
            placementMap.put(placement.department(), placement);
        }
        this.sites = Map.copyOf(siteMap);
        this.departments = Map.copyOf(placementMap);
        for (Site site : siteMap.values()) {
            var chain = new HashSet<String>();
            for (Site s = site; s != null; s = s.parent() == null ? null : siteMap.get(s.parent())) {
                if (!chain.add(s.code())) {
                    throw new IllegalArgumentException("sites form a cycle at " + s.code());
                }
                if (s.parent() != null && !siteMap.containsKey(s.parent())) {
                    throw new IllegalArgumentException("site " + s.code() + " has unknown parent " + s.parent());
                }
                sitesUnder.computeIfAbsent(s.code(), k -> new HashSet<>()).add(site.code());
            }
            for (String host : site.hosts()) {
                Site other = byHost.put(host, site);
                if (other != null) {
                    throw new IllegalArgumentException("host " + host + " belongs to " + other.code() + " and "
                            + site.code());
                }
            }
        }
        for (Placement placement : placementMap.values()) {
            if (placement.site() == null) {
                continue;
            }
            departmentsOf.computeIfAbsent(placement.site(), k -> new HashSet<>()).add(placement.department());
            for (Site s = siteMap.get(placement.site()); s != null; s = s.parent() == null ? null : siteMap.get(s.parent())) {
                departmentsUnder.computeIfAbsent(s.code(), k -> new HashSet<>()).add(placement.department());
            }
        }
        departmentsUnder.replaceAll((k, v) -> Set.copyOf(v));
        departmentsOf.replaceAll((k, v) -> Set.copyOf(v));
        sitesUnder.replaceAll((k, v) -> Set.copyOf(v));
    }

    /** Increases with every change the identity service publishes; a service keeps the highest it has seen. */
    public long version() {
        return version;
    }

    /** Whether a version arrived at all (the {@link #EMPTY} directory knows nothing). */
    public boolean isLoaded() {
        return version > 0;
    }

    public Optional<Site> site(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(sites.get(code));
    }

    /** Every site, roots first, then by code. */
    public List<Site> sites() {
        var all = new ArrayList<>(sites.values());
        all.sort((a, b) -> a.isRoot() != b.isRoot() ? (a.isRoot() ? -1 : 1) : a.code().compareTo(b.code()));
        return all;
    }

    /** The sites directly below a site, by code. */
    public List<Site> children(String siteCode) {
        return sites.values().stream().filter(s -> siteCode.equals(s.parent()))
                .sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }

    /** The roots of the tree (normally exactly one: the government whose hub this is). */
    public List<Site> roots() {
        return sites().stream().filter(Site::isRoot).toList();
    }

    /** The site whose public host name this is (case-insensitive, without port). */
    public Optional<Site> byHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > 0 && name.indexOf(']') < colon && name.chars().filter(c -> c == ':').count() == 1) {
            name = name.substring(0, colon);
        }
        return Optional.ofNullable(byHost.get(name));
    }

    public Optional<Placement> department(String departmentCode) {
        return departmentCode == null ? Optional.empty() : Optional.ofNullable(departments.get(departmentCode));
    }

    @Override
    public Optional<String> siteOf(String departmentCode) {
        return department(departmentCode).map(Placement::site);
    }

    @Override
    public Set<String> departmentsUnder(String siteCode) {
        return siteCode == null ? Set.of() : departmentsUnder.getOrDefault(siteCode, Set.of());
    }

    /** The departments that belong to the site itself, not to a site below it. */
    public Set<String> departmentsOf(String siteCode) {
        return siteCode == null ? Set.of() : departmentsOf.getOrDefault(siteCode, Set.of());
    }

    /** The departments of the site, and of its subtree when {@code includeChildren}. */
    public Set<String> departments(String siteCode, boolean includeChildren) {
        return includeChildren ? departmentsUnder(siteCode) : departmentsOf(siteCode);
    }

    /** The site and every site below it. */
    public Set<String> sitesUnder(String siteCode) {
        return siteCode == null ? Set.of() : sitesUnder.getOrDefault(siteCode, Set.of());
    }

    /** Whether {@code site} is {@code ancestor} or lies below it. */
    public boolean isWithin(String site, String ancestor) {
        return site != null && sitesUnder(ancestor).contains(site);
    }

    /** Every department placed, in no particular order. */
    public Collection<Placement> placements() {
        return departments.values();
    }

    @Override
    public String toString() {
        return "SiteDirectory[version=" + version + ", " + sites.size() + " sites, " + departments.size()
                + " departments]";
    }
}
