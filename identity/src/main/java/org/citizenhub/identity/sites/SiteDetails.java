package org.citizenhub.identity.sites;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.citizenhub.identity.IdentityProblem;
import org.citizenhub.web.problem.HubProblem;

/**
 * What an administrator maintains of a site, checked and normalised once here: host names lower case without
 * duplicates, blank texts absent, the path prefix {@code /} when none.
 *
 * <p>Named policies (each refusal is a problem naming the offending value): {@link #HOST_NAME} (a DNS host name,
 * no scheme, port or path), {@link #PATH_PREFIX} ({@code /} or one lower-case segment), a logo only at an
 * {@code http(s)} address. Which host or path another site already has is the service's check
 * ({@link Sites}).
 */
public record SiteDetails(String nameZh, String nameEn, List<String> hosts, String pathPrefix, String logoUrl,
                          String contactZh, String contactEn, boolean live, boolean includeChildren) {

    public static final int MAX_HOSTS = 10;
    public static final int MAX_HOST_LENGTH = 253;
    public static final int MAX_NAME_ZH = 100;
    public static final int MAX_NAME_EN = 200;
    public static final int MAX_PATH_PREFIX = 33;
    public static final int MAX_LOGO_URL = 500;
    public static final int MAX_CONTACT = 500;

    /** Labels of letters, digits and inner hyphens, separated by dots (so also {@code localhost}, {@code 127.0.0.1}). */
    public static final Pattern HOST_NAME =
            Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    /** {@code /} (the site has hosts of its own) or {@code /segment} on a shared host, e.g. {@code /dongcheng}. */
    public static final Pattern PATH_PREFIX = Pattern.compile("/|/[a-z0-9][a-z0-9-]{0,31}");

    public SiteDetails {
        if (nameZh == null || nameZh.isBlank()) {
            throw new IllegalArgumentException("A site needs a Chinese name");
        }
        nameZh = nameZh.strip();
        nameEn = blankToNull(nameEn);
        contactZh = blankToNull(contactZh);
        contactEn = blankToNull(contactEn);
        logoUrl = blankToNull(logoUrl);
        pathPrefix = pathPrefix == null || pathPrefix.isBlank() ? "/" : pathPrefix.strip();
        var normalised = new LinkedHashSet<String>();
        for (String host : hosts == null ? List.<String>of() : hosts) {
            String name = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
            if (name.length() > MAX_HOST_LENGTH || !HOST_NAME.matcher(name).matches()) {
                throw new HubProblem(IdentityProblem.SITE_HOST_MALFORMED, shorten(host));
            }
            normalised.add(name);
        }
        if (normalised.size() > MAX_HOSTS) {
            throw new IllegalArgumentException("A site has at most " + MAX_HOSTS + " host names");
        }
        hosts = List.copyOf(normalised);
        if (!PATH_PREFIX.matcher(pathPrefix).matches()) {
            throw new HubProblem(IdentityProblem.SITE_PATH_PREFIX_MALFORMED, shorten(pathPrefix));
        }
        if (logoUrl != null && !isHttpUrl(logoUrl)) {
            throw new HubProblem(IdentityProblem.SITE_LOGO_URL_NOT_HTTP);
        }
    }

    /** The details of the site a root department gets: its names, live, no host yet, the root path. */
    public static SiteDetails ofRootDepartment(String nameZh, String nameEn) {
        return new SiteDetails(nameZh, nameEn, List.of(), "/", null, null, null, true, false);
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
