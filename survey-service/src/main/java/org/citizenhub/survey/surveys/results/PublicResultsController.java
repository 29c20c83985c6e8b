package org.citizenhub.survey.surveys.results;

import java.util.Locale;
import java.util.UUID;

import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.survey.surveys.results.render.ResultsPage;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published results for everyone, per site: JSON, and an HTML page with a chart per question (inline SVG, no
 * script, printable). Only the questions the owner chose; free answers as their number only. 404 until published.
 */
@RestController
class PublicResultsController {

    /** The page has no script and needs nothing from elsewhere: inline styles and inline SVG only. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final ResultsHandling results;

    PublicResultsController(ResultsHandling results) {
        this.results = results;
    }

    @GetMapping("/public/surveys/{id}/results")
    ResultsHandling.PublishedResults read(@PathVariable UUID id, SiteSelection site) {
        return published(id, site);
    }

    // no "produces": a 404 before publication must still be answered as problem+json to a browser
    @GetMapping("/public/surveys/{id}/results.html")
    ResponseEntity<String> page(@PathVariable UUID id, SiteSelection site, Locale locale) {
        var r = published(id, site);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", PAGE_POLICY)
                .header(HttpHeaders.CONTENT_LANGUAGE, "en".equals(locale.getLanguage()) ? "en" : "zh-CN")
                .body(ResultsPage.render(r.asResults(), r.publishedAt(), locale));
    }

    private ResultsHandling.PublishedResults published(UUID id, SiteSelection site) {
        return results.published(id, site::coversSite)
                .orElseThrow(() -> new HubProblem(ResultsProblem.SURVEY_RESULTS_NOT_FOUND, id));
    }
}
