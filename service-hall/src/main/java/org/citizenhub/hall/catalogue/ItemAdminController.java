package org.citizenhub.hall.catalogue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.hall.ServiceHallApplication;
import org.citizenhub.hall.catalogue.domain.Item;
import org.citizenhub.hall.catalogue.domain.ItemGuide;
import org.citizenhub.hall.catalogue.domain.ItemVersion;
import org.citizenhub.hall.catalogue.domain.ProcessDefinition;
import org.citizenhub.hall.catalogue.domain.VersionContent;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 事项管理 (admin port through the gateway): items, their drafts, publication and withdrawal. The hub-wide
 * {@code admin}, or a {@code site-admin} for items accepted by a department of their site (403 outside-site).
 */
@RestController
@RequestMapping("/admin/items")
@Validated
@PreAuthorize("hasAnyRole('admin', 'site-admin')")
class ItemAdminController {

    record CreateRequest(@NotBlank @Size(max = 12) String basicCode, @NotBlank @Size(max = 31) String implementationCode,
                         @NotBlank @Pattern(regexp = ItemGuide.DEPARTMENT_CODE) String acceptingDepartment) {
    }

    /** @param formSchema the application form, a JSON Schema (draft 2020-12) object; checked when published */
    record DraftRequest(@NotNull @Valid ItemGuide guide, JsonNode formSchema, @Valid ProcessDefinition process) {
    }

    record WithdrawalRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record VersionView(UUID id, int number, String status, ItemGuide guide, JsonNode formSchema,
                       ProcessDefinition process, OffsetDateTime draftedAt, String draftedBy,
                       OffsetDateTime publishedAt, String publishedBy, OffsetDateTime endedAt, String endedBy,
                       String endedReason) {
    }

    /** @param status PUBLISHED when a version is published, else DRAFT (only drafts) or WITHDRAWN / NEW */
    record ItemView(UUID id, String basicCode, String implementationCode, String acceptingDepartment, String site,
                    String status, OffsetDateTime createdAt, String createdBy, List<VersionView> versions) {
    }

    private final Catalogue catalogue;
    private final HubSites sites;
    private final JsonMapper json;

    ItemAdminController(Catalogue catalogue, HubSites sites, JsonMapper json) {
        this.catalogue = catalogue;
        this.sites = sites;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ItemView> create(@Valid @RequestBody CreateRequest r, CurrentUser user) {
        var item = catalogue.create(user, r.basicCode(), r.implementationCode(), r.acceptingDepartment());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(item));
    }

    /** Adds a draft version, or replaces the draft there is. */
    @PutMapping(path = "/{implementationCode}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    ItemView draft(@PathVariable String implementationCode, @Valid @RequestBody DraftRequest r, CurrentUser user) {
        var form = r.formSchema() == null || r.formSchema().isNull() ? null : json.writeValueAsString(r.formSchema());
        return view(catalogue.draft(user, implementationCode, new VersionContent(r.guide(), form, r.process())));
    }

    @PostMapping("/{implementationCode}/publication")
    ItemView publish(@PathVariable String implementationCode, CurrentUser user) {
        return view(catalogue.publish(user, implementationCode));
    }

    @PostMapping(path = "/{implementationCode}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    ItemView withdraw(@PathVariable String implementationCode, @Valid @RequestBody WithdrawalRequest r,
                      CurrentUser user) {
        return view(catalogue.withdraw(user, implementationCode, r.reason()));
    }

    @GetMapping("/{implementationCode}")
    ItemView one(@PathVariable String implementationCode, CurrentUser user) {
        return view(catalogue.item(user, implementationCode));
    }

    @GetMapping
    ResponseEntity<List<ItemView>> list(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                        @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                                        CurrentUser user) {
        var found = catalogue.items(user, page, size);
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(found.total()))
                .body(found.rows().stream().map(this::view).toList());
    }

    private ItemView view(Item item) {
        var versions = item.versions().stream().map(this::view).toList();
        String status = item.published().isPresent() ? "PUBLISHED"
                : item.versions().stream().anyMatch(v -> v.ended() != null) ? "WITHDRAWN"
                : item.draft().isPresent() ? "DRAFT" : "NEW";
        return new ItemView(item.id(), item.codes().basicCode(), item.codes().implementationCode(),
                item.acceptingDepartment(), sites.siteOf(item.acceptingDepartment()).orElse(null), status,
                odt(item.created().at()), item.created().by(), versions);
    }

    private VersionView view(ItemVersion v) {
        var c = v.content();
        return new VersionView(v.id(), v.number(), v.status().name(), c.guide(),
                c.formSchema() == null ? null : json.readTree(c.formSchema()), c.process(),
                odt(v.drafted().at()), v.drafted().by(),
                v.published() == null ? null : odt(v.published().at()),
                v.published() == null ? null : v.published().by(),
                v.ended() == null ? null : odt(v.ended().stamp().at()),
                v.ended() == null ? null : v.ended().stamp().by(),
                v.ended() == null ? null : v.ended().reason());
    }

    static OffsetDateTime odt(Instant instant) {
        return instant == null ? null : instant.atZone(ServiceHallApplication.ZONE).toOffsetDateTime();
    }
}
