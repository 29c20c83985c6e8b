package org.citizenhub.hall.catalogue.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An item of the catalogue (事项): its codes and accepting department, which never change, and its versions. The
 * aggregate keeps at most one draft and one published version; publishing supersedes the published one, withdrawing
 * takes the item out of the catalogue until a draft is published again.
 */
public final class Item {

    /** What publishing did: the newly published version and the one it superseded, if any. */
    public record Publication(ItemVersion published, Optional<ItemVersion> superseded) {
    }

    private final UUID id;
    private final ItemCodes codes;
    private final String acceptingDepartment;
    private final Stamp created;
    private final List<ItemVersion> versions;
    private final long rowVersion;

    public Item(UUID id, ItemCodes codes, String acceptingDepartment, Stamp created, List<ItemVersion> versions,
                long rowVersion) {
        this.id = Objects.requireNonNull(id, "id");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.acceptingDepartment = Objects.requireNonNull(acceptingDepartment, "acceptingDepartment");
        this.created = Objects.requireNonNull(created, "created");
        this.versions = new ArrayList<>(versions);
        this.versions.sort(Comparator.comparingInt(ItemVersion::number));
        this.rowVersion = rowVersion;
    }

    public static Item create(UUID id, ItemCodes codes, String acceptingDepartment, Stamp created) {
        return new Item(id, codes, acceptingDepartment, created, List.of(), 0);
    }

    /** Adds a draft, or replaces the content of the draft there is; the draft's rules are checked first. */
    public ItemVersion draft(UUID newVersionId, VersionContent content, Stamp stamp, List<VersionPolicy> policies) {
        CataloguePolicies.require(policies, this, content);
        var existing = draft();
        if (existing.isPresent()) {
            var replaced = existing.get().redrafted(content, stamp);
            replace(replaced);
            return replaced;
        }
        int number = versions.stream().mapToInt(ItemVersion::number).max().orElse(0) + 1;
        var created = new ItemVersion(newVersionId, number, content, stamp, null, null);
        versions.add(created);
        return created;
    }

    /** Publishes the draft once the publication rules hold; the version published until now is superseded. */
    public Publication publish(Stamp stamp, List<VersionPolicy> policies) {
        var draft = draft().orElseThrow(() -> new CatalogueRefusal(CatalogueRule.NO_DRAFT_TO_PUBLISH,
                codes.implementationCode()));
        CataloguePolicies.require(policies, this, draft.content());
        var superseded = published().map(p -> p.endedAt(stamp, VersionStatus.SUPERSEDED, null));
        superseded.ifPresent(this::replace);
        var published = draft.publishedAt(stamp);
        replace(published);
        return new Publication(published, superseded);
    }

    /** Takes the published version out of the catalogue; a draft there is stays a draft. */
    public ItemVersion withdraw(Stamp stamp, String reason) {
        var published = published().orElseThrow(() -> new CatalogueRefusal(
                CatalogueRule.NOTHING_PUBLISHED_TO_WITHDRAW, codes.implementationCode()));
        var withdrawn = published.endedAt(stamp, VersionStatus.WITHDRAWN, reason);
        replace(withdrawn);
        return withdrawn;
    }

    private void replace(ItemVersion version) {
        versions.replaceAll(v -> v.id().equals(version.id()) ? version : v);
    }

    public Optional<ItemVersion> draft() {
        return versions.stream().filter(v -> v.status() == VersionStatus.DRAFT).findFirst();
    }

    public Optional<ItemVersion> published() {
        return versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).findFirst();
    }

    public UUID id() {
        return id;
    }

    public ItemCodes codes() {
        return codes;
    }

    public String acceptingDepartment() {
        return acceptingDepartment;
    }

    public Stamp created() {
        return created;
    }

    public List<ItemVersion> versions() {
        return List.copyOf(versions);
    }

    /** The stored row's version, for optimistic locking by the repository. */
    public long rowVersion() {
        return rowVersion;
    }
}
