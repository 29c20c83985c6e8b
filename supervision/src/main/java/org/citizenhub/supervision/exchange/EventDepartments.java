package org.citizenhub.supervision.exchange;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The departments an event's data names, whatever the producing service calls them: a subscription's department
 * filter matches an event naming its department in any of these (see the schemas under each service's
 * {@code src/main/resources/events/}).
 */
final class EventDepartments {

    private static final List<String> SINGLE = List.of("department", "acceptingDepartment", "ownerDepartment",
            "fromDepartment");
    private static final List<String> MANY = List.of("departments", "coDepartments");

    private EventDepartments() {
    }

    static List<String> of(JsonNode data) {
        Set<String> departments = new LinkedHashSet<>();
        for (String field : SINGLE) {
            add(departments, data.path(field));
        }
        for (String field : MANY) {
            for (JsonNode item : data.path(field)) {
                add(departments, item.isObject() ? item.path("department") : item);
            }
        }
        return List.copyOf(departments);
    }

    private static void add(Set<String> departments, JsonNode value) {
        if (value.isString() && !value.asString().isBlank()) {
            departments.add(value.asString());
        }
    }
}
