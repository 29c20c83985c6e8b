package org.citizenhub.sites.spring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.citizenhub.sites.Site;
import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.sites.SiteDirectoryJson;
import org.citizenhub.web.security.SiteTree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The site directory in force in this service: the highest version received, from the identity service's topic
 * (see {@link SiteDirectoryFeed}) or, at start-up, from the copy this service kept of it in its own database, so
 * that a restart while Kafka is unreachable still knows every site. An older or equal version is ignored, so
 * versions arriving twice or out of order change nothing.
 */
public class HubSites implements SiteTree {

    private static final Logger log = LoggerFactory.getLogger(HubSites.class);

    private final AtomicReference<SiteDirectory> current = new AtomicReference<>(SiteDirectory.EMPTY);
    private final JdbcClient jdbc;
    private final Clock clock;

    /** @param jdbc where the last version is kept; null in a service without a database (nothing kept) */
    public HubSites(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Loads the kept copy, if any (called once the database is migrated). */
    public void loadKept() {
        if (jdbc == null) {
            return;
        }
        try {
            jdbc.sql("select document from site_directory where id = 1").query(String.class).optional()
                    .ifPresent(document -> {
                        SiteDirectory kept = SiteDirectoryJson.read(document);
                        current.accumulateAndGet(kept, HubSites::newer);
                        log.info("Site directory version {} loaded from this service's copy", kept.version());
                    });
        } catch (RuntimeException e) {
            log.warn("The kept copy of the site directory could not be read; waiting for the feed: {}", e.toString());
        }
    }

    /** The directory in force (empty until a version arrived). */
    public SiteDirectory directory() {
        return current.get();
    }

    /**
     * Puts {@code directory} in force if it is newer than the one in force, and keeps a copy.
     *
     * @return whether it was newer
     */
    public boolean apply(SiteDirectory directory) {
        SiteDirectory before = current.getAndAccumulate(directory, HubSites::newer);
        if (before.version() >= directory.version()) {
            return false;
        }
        log.info("Site directory version {} in force: {}", directory.version(), directory);
        keep(directory);
        return true;
    }

    private void keep(SiteDirectory directory) {
        if (jdbc == null) {
            return;
        }
        try {
            jdbc.sql("""
                    insert into site_directory (id, version, document, received_at) values (1, :version, :document, :at)
                    on conflict (id) do update set version = excluded.version, document = excluded.document,
                        received_at = excluded.received_at
                    where site_directory.version < excluded.version""")
                    .param("version", directory.version())
                    .param("document", SiteDirectoryJson.write(directory))
                    .param("at", OffsetDateTime.now(clock))
                    .update();
        } catch (RuntimeException e) {
            // The version is in force in memory; the feed delivers it again after a restart.
            log.warn("Site directory version {} is in force but could not be kept: {}", directory.version(),
                    e.toString());
        }
    }

    private static SiteDirectory newer(SiteDirectory a, SiteDirectory b) {
        return b.version() > a.version() ? b : a;
    }

    public Optional<Site> site(String code) {
        return directory().site(code);
    }

    @Override
    public Optional<String> siteOf(String departmentCode) {
        return directory().siteOf(departmentCode);
    }

    @Override
    public Set<String> departmentsUnder(String siteCode) {
        return directory().departmentsUnder(siteCode);
    }
}
