package org.citizenhub.survey.surveys.results.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet of an export: a header row and rows of cells. A cell is a {@link String}, a {@link Number}, a
 * {@link java.time.LocalDate} or null (empty); writers keep numbers numeric and dates dates.
 */
public record Table(String name, List<String> header, List<List<Object>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
    }
}
