package org.citizenhub.survey.surveys.results;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.survey.surveys.results.domain.CrossTab;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A survey's results in the back office: live tallies, cross-tabulation, the publication choice, exports. */
@RestController
@PreAuthorize("hasAnyRole('handler', 'reviewer', 'supervisor', 'admin', 'site-admin')")
@Validated
class ResultsController {

    record ChoiceRequest(@NotNull @Size(max = 500) List<@NotNull @Pattern(regexp = "[a-z0-9-]{1,40}") String> questions) {
    }

    private final ResultsHandling results;

    ResultsController(ResultsHandling results) {
        this.results = results;
    }

    @GetMapping("/surveys/{id}/results")
    ResultsHandling.LiveResults live(@PathVariable UUID id, CurrentUser user) {
        return results.live(id, user);
    }

    @GetMapping("/surveys/{id}/results/cross-tab")
    CrossTab crossTab(@PathVariable UUID id, @RequestParam String rows, @RequestParam String columns,
                      CurrentUser user) {
        return results.crossTab(id, rows, columns, user);
    }

    @GetMapping("/surveys/{id}/results/publication")
    ResultsHandling.Publication publication(@PathVariable UUID id, CurrentUser user) {
        return results.publication(id, user);
    }

    @PutMapping("/surveys/{id}/results/publication")
    ResultsHandling.Publication choose(@PathVariable UUID id, @Valid @RequestBody ChoiceRequest body,
                                       CurrentUser user) {
        return results.choose(id, body.questions(), user);
    }

    /** {@code format} csv (default), xlsx or json; {@code part} answers (default) or results (csv and json). */
    @GetMapping("/surveys/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(required = false) String part, CurrentUser user) {
        var export = results.export(id, format, part, user);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, export.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.filename()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export.content());
    }
}
