package org.citizenhub.sites;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A website on the hub (集约化): a node of the department directory that runs a site — the city's government, a
 * district's, a bureau with its own site. Every department belongs to the nearest site at or above it.
 *
 * @param code            stable code, e.g. {@code DONGCHENG} (upper case letters, digits and hyphens)
 * @param department      the directory node that runs the site, e.g. {@code D-DONGCHENG}
 * @param parent          the site above it (the nearest site above its department); null for a root site
 * @param nameZh          name in Chinese, e.g. 东城区人民政府门户网站
 * @param nameEn          name in English; null if none
 * @param hosts           public host names that answer for this site, lower case, e.g. {@code dongcheng.example.gov.cn}
 * @param pathPrefix      the site's path on a shared host, e.g. {@code /dongcheng}; {@code /} for none
 * @param logoUrl         the site's logo; null if none
 * @param contactZh       contact text in Chinese (address, phone, hours); null if none
 * @param contactEn       contact text in English; null if none
 * @param live            whether the site is public; a site being prepared answers nothing on the public side
 * @param includeChildren whether the site's public lists include its child sites' content unless a request says
 *                        otherwise (a city portal listing its districts' published answers)
 */
public record Site(String code, String department, String parent, String nameZh, String nameEn, List<String> hosts,
                   String pathPrefix, String logoUrl, String contactZh, String contactEn, boolean live,
                   boolean includeChildren) {

    public Site {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(nameZh, "nameZh");
        hosts = hosts == null ? List.of() : hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        pathPrefix = pathPrefix == null || pathPrefix.isBlank() ? "/" : pathPrefix;
    }

    /** The name in the language asked for: English when asked and known, Chinese otherwise. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameZh;
    }

    /** The contact text in the language asked for, like {@link #name(Locale)}. */
    public String contact(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && contactEn != null ? contactEn : contactZh;
    }

    public boolean isRoot() {
        return parent == null;
    }
}
