package org.citizenhub.sites;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The demo city's site directory (演示市 with the districts 东城区 and 西城区), exactly as the identity service
 * publishes it from its demo data (identity's tests hold the two equal). For services' tests, which run without the
 * identity service; production never loads it.
 */
public final class DemoSites {

    /** A city site with two district sites. */
    public static final String CITY = "GOV";
    public static final String DONGCHENG = "DONGCHENG";
    public static final String XICHENG = "XICHENG";

    private static final String RESOURCE = "/org/citizenhub/sites/demo-site-directory.json";

    private DemoSites() {
    }

    public static String json() {
        try (InputStream in = DemoSites.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SiteDirectory directory() {
        return SiteDirectoryJson.read(json());
    }
}
