package org.citizenhub.sites;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a {@link SiteDirectory}: the data of the {@code gov.hub.identity.site-directory.published.v1}
 * event and what a service keeps of it. Schema: identity/src/main/resources/events/site-directory.published.v1.schema.json.
 *
 * <pre>{@code
 * {"version": 7,
 *  "sites": [{"code": "DONGCHENG", "department": "D-DONGCHENG", "parent": "GOV",
 *             "names": {"zh": "东城区人民政府", "en": "Dongcheng District"}, "hosts": ["dongcheng.example.gov.cn"],
 *             "pathPrefix": "/dongcheng", "logoUrl": null, "contact": {"zh": "…", "en": null},
 *             "live": true, "includeChildren": false}],
 *  "departments": [{"code": "D-DONGCHENG-OFFICE", "parent": "D-DONGCHENG", "site": "DONGCHENG"}]}
 * }</pre>
 */
public final class SiteDirectoryJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SiteDirectoryJson() {
    }

    public static String write(SiteDirectory directory) {
        return JSON.writeValueAsString(tree(directory));
    }

    public static ObjectNode tree(SiteDirectory directory) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", directory.version());
        ArrayNode sites = root.putArray("sites");
        for (Site site : directory.sites()) {
            ObjectNode node = sites.addObject();
            node.put("code", site.code());
            node.put("department", site.department());
            node.put("parent", site.parent());
            ObjectNode names = node.putObject("names");
            names.put("zh", site.nameZh());
            names.put("en", site.nameEn());
            ArrayNode hosts = node.putArray("hosts");
            site.hosts().forEach(hosts::add);
            node.put("pathPrefix", site.pathPrefix());
            node.put("logoUrl", site.logoUrl());
            ObjectNode contact = node.putObject("contact");
            contact.put("zh", site.contactZh());
            contact.put("en", site.contactEn());
            node.put("live", site.live());
            node.put("includeChildren", site.includeChildren());
        }
        ArrayNode departments = root.putArray("departments");
        directory.placements().stream().sorted((a, b) -> a.department().compareTo(b.department())).forEach(p -> {
            ObjectNode node = departments.addObject();
            node.put("code", p.department());
            node.put("parent", p.parent());
            node.put("site", p.site());
        });
        return root;
    }

    /** @throws IllegalArgumentException if the text is not a consistent site directory */
    public static SiteDirectory read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("version").canConvertToLong()) {
            throw new IllegalArgumentException("not a site directory (no version)");
        }
        List<Site> sites = new ArrayList<>();
        for (JsonNode node : root.path("sites")) {
            List<String> hosts = new ArrayList<>();
            node.path("hosts").forEach(h -> hosts.add(h.asString()));
            sites.add(new Site(required(node, "code"), required(node, "department"), text(node.path("parent")),
                    required(node.path("names"), "zh"), text(node.path("names").path("en")), hosts,
                    text(node.path("pathPrefix")), text(node.path("logoUrl")), text(node.path("contact").path("zh")),
                    text(node.path("contact").path("en")), node.path("live").asBoolean(false),
                    node.path("includeChildren").asBoolean(false)));
        }
        List<SiteDirectory.Placement> departments = new ArrayList<>();
        for (JsonNode node : root.path("departments")) {
            departments.add(new SiteDirectory.Placement(required(node, "code"), text(node.path("parent")),
                    text(node.path("site"))));
        }
        return new SiteDirectory(root.path("version").asLong(), sites, departments);
    }

    private static String required(JsonNode node, String field) {
        String value = text(node.path(field));
        if (value == null) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
    }
}
