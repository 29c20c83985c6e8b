package org.citizenhub.hall.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The rules of an item and its versions, without Spring. */
class CatalogueItemTest {

    static final String BASIC = "000117004000";
    static final String CODE = "11110000000000101X" + BASIC + "0";
    static final List<VersionPolicy> ON_DRAFT = CataloguePolicies.onDraft(d -> d.startsWith("D-"));
    static final List<VersionPolicy> ON_PUBLICATION = CataloguePolicies.onPublication(d -> d.startsWith("D-"),
            form -> Optional.empty());

    static ItemGuide guide(int statutory, int promised, String... departments) {
        return new ItemGuide(new Names("公共场所卫生许可", null), ItemKind.ADMINISTRATIVE_LICENSING,
                List.of(departments), List.of(new ItemGuide.LegalBasis("《公共场所卫生管理条例》", "第八条")), List.of(),
                List.of(), List.of(), new ItemGuide.TimeLimits(statutory, promised), List.of(),
                OnlineLevel.ONLINE_PRE_REVIEW, List.of(), new ItemGuide.Contacts("12320", "12345"), null,
                Set.of(ServedParty.LEGAL_PERSON), List.of(), List.of());
    }

    static ProcessDefinition.Step step(String key, StepRole role, int days, String... departments) {
        return new ProcessDefinition.Step(key, new Names(key, null), role, days, List.of(departments));
    }

    static VersionContent content(ItemGuide guide, ProcessDefinition.Step... steps) {
        return new VersionContent(guide, "{\"type\":\"object\"}", new ProcessDefinition(List.of(steps)));
    }

    static VersionContent valid() {
        return content(guide(20, 5, "D-HEALTH"), step("accept", StepRole.WINDOW, 1),
                step("review", StepRole.DEPARTMENT, 10, "D-HEALTH"), step("decision", StepRole.HEAD, 2));
    }

    static Stamp at(String instant) {
        return new Stamp(Instant.parse(instant), "admin");
    }

    static Item item() {
        return Item.create(UUID.randomUUID(), new ItemCodes(BASIC, CODE), "D-HEALTH", at("2026-11-16T02:00:00Z"));
    }

    static CatalogueRule refusal(Runnable step) {
        try {
            step.run();
        } catch (CatalogueRefusal r) {
            return r.rule();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void a_promised_limit_longer_than_the_statutory_limit_is_refused() {
        var item = item();
        assertThat(refusal(() -> item.draft(UUID.randomUUID(), content(guide(20, 25, "D-HEALTH")),
                at("2026-11-16T02:00:00Z"), ON_DRAFT))).isEqualTo(CatalogueRule.PROMISED_LIMIT_EXCEEDS_STATUTORY);
        assertThat(item.versions()).isEmpty();
    }

    @Test
    void codes_follow_the_national_shape_and_the_implementation_code_contains_the_basic_code() {
        assertThat(refusal(() -> new ItemCodes("00011700400A", CODE))).isEqualTo(CatalogueRule.BASIC_CODE_MALFORMED);
        assertThat(refusal(() -> new ItemCodes(BASIC, "11110000000000101X00011700400")))
                .isEqualTo(CatalogueRule.IMPLEMENTATION_CODE_MALFORMED);
        // a credit code never holds the letters I, O, S, V, Z
        assertThat(refusal(() -> new ItemCodes(BASIC, "1111000000000010IX" + BASIC + "0")))
                .isEqualTo(CatalogueRule.IMPLEMENTATION_CODE_MALFORMED);
        assertThat(refusal(() -> new ItemCodes(BASIC, "11110000000000101X" + "000117001000" + "0")))
                .isEqualTo(CatalogueRule.IMPLEMENTATION_CODE_WITHOUT_ITS_BASIC_CODE);
        assertThat(new ItemCodes(BASIC, CODE).implementationCode()).isEqualTo(CODE);
    }

    @Test
    void the_accepting_department_comes_first_among_the_departments() {
        var item = item();
        assertThat(refusal(() -> item.draft(UUID.randomUUID(), content(guide(20, 5, "D-MARKET", "D-HEALTH")),
                at("2026-11-16T02:00:00Z"), ON_DRAFT))).isEqualTo(CatalogueRule.ACCEPTING_DEPARTMENT_FIRST);
    }

    @Test
    void publishing_a_new_version_supersedes_the_published_one_and_withdrawing_leaves_none() {
        var item = item();
        var first = item.draft(UUID.randomUUID(), valid(), at("2026-11-16T02:00:00Z"), ON_DRAFT);
        item.publish(at("2026-11-16T03:00:00Z"), ON_PUBLICATION);
        var second = item.draft(UUID.randomUUID(), valid(), at("2026-11-17T02:00:00Z"), ON_DRAFT);
        assertThat(second.number()).isEqualTo(2);

        var publication = item.publish(at("2026-11-17T03:00:00Z"), ON_PUBLICATION);

        assertThat(publication.published().id()).isEqualTo(second.id());
        assertThat(publication.superseded()).get().extracting(ItemVersion::id).isEqualTo(first.id());
        assertThat(item.versions()).extracting(ItemVersion::status)
                .containsExactly(VersionStatus.SUPERSEDED, VersionStatus.PUBLISHED);

        item.withdraw(at("2026-11-18T02:00:00Z"), "法规废止");
        assertThat(item.published()).isEmpty();
        assertThat(item.versions().get(1).status()).isEqualTo(VersionStatus.WITHDRAWN);
        assertThat(refusal(() -> item.withdraw(at("2026-11-18T03:00:00Z"), "again")))
                .isEqualTo(CatalogueRule.NOTHING_PUBLISHED_TO_WITHDRAW);
    }

    @Test
    void saving_a_draft_again_replaces_it_and_publishing_needs_one() {
        var item = item();
        assertThat(refusal(() -> item.publish(at("2026-11-16T02:00:00Z"), ON_PUBLICATION)))
                .isEqualTo(CatalogueRule.NO_DRAFT_TO_PUBLISH);
        var first = item.draft(UUID.randomUUID(), valid(), at("2026-11-16T02:00:00Z"), ON_DRAFT);
        var again = item.draft(UUID.randomUUID(), content(guide(20, 3, "D-HEALTH")), at("2026-11-16T03:00:00Z"),
                ON_DRAFT);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(item.versions()).singleElement().extracting(v -> v.content().guide().limits().promisedWorkingDays())
                .isEqualTo(3);
    }

    @Test
    void a_process_starts_at_the_window_names_its_reviewers_and_fits_the_statutory_limit() {
        assertThat(publishing(content(guide(20, 5, "D-HEALTH"))))
                .isEqualTo(CatalogueRule.PROCESS_WITHOUT_STEPS);
        assertThat(publishing(content(guide(20, 5, "D-HEALTH"), step("review", StepRole.DEPARTMENT, 5, "D-HEALTH"))))
                .isEqualTo(CatalogueRule.PROCESS_STARTS_AT_THE_WINDOW);
        assertThat(publishing(content(guide(20, 5, "D-HEALTH"), step("accept", StepRole.WINDOW, 1),
                step("accept", StepRole.HEAD, 1)))).isEqualTo(CatalogueRule.PROCESS_STEP_KEY_TWICE);
        assertThat(publishing(content(guide(20, 5, "D-HEALTH"), step("accept", StepRole.WINDOW, 1),
                step("review", StepRole.DEPARTMENT, 5)))).isEqualTo(CatalogueRule.PROCESS_REVIEW_WITHOUT_DEPARTMENTS);
        assertThat(publishing(content(guide(20, 5, "D-HEALTH"), step("accept", StepRole.WINDOW, 1),
                step("review", StepRole.DEPARTMENT, 5, "D-HEALTH", "D-MARKET"))))
                .isEqualTo(CatalogueRule.PROCESS_DEPARTMENT_NOT_OF_THE_ITEM);
        assertThat(publishing(content(guide(20, 5, "D-HEALTH"), step("accept", StepRole.WINDOW, 1),
                step("review", StepRole.DEPARTMENT, 20, "D-HEALTH"))))
                .isEqualTo(CatalogueRule.PROCESS_EXCEEDS_STATUTORY_LIMIT);
    }

    @Test
    void two_departments_of_the_item_may_review_in_parallel() {
        var item = Item.create(UUID.randomUUID(), new ItemCodes(BASIC, CODE), "D-HOUSING", at("2026-11-16T02:00:00Z"));
        item.draft(UUID.randomUUID(), content(guide(20, 10, "D-HOUSING", "D-TRANSPORT"),
                step("accept", StepRole.WINDOW, 1), step("joint-review", StepRole.DEPARTMENT, 10, "D-HOUSING",
                        "D-TRANSPORT")), at("2026-11-16T02:00:00Z"), ON_DRAFT);
        var published = item.publish(at("2026-11-16T03:00:00Z"), ON_PUBLICATION).published();
        assertThat(published.content().process().steps().get(1).parallel()).isTrue();
    }

    @Test
    void a_material_an_electronic_licence_replaces_names_the_licence_type() {
        var material = new ItemGuide.Material("营业执照", MaterialForm.COPY, 1, true, null, null, true, " ", null);
        var g = guide(20, 5, "D-HEALTH");
        var withMaterial = new ItemGuide(g.name(), g.kind(), g.departments(), g.legalBasis(), g.conditions(),
                List.of(material), g.steps(), g.limits(), g.fees(), g.onlineLevel(), g.places(), g.contacts(),
                g.scope(), g.serves(), g.themes(), g.lifeEvents());
        assertThat(refusal(() -> item().draft(UUID.randomUUID(), content(withMaterial), at("2026-11-16T02:00:00Z"),
                ON_DRAFT))).isEqualTo(CatalogueRule.LICENCE_TYPE_MISSING);
    }

    private static CatalogueRule publishing(VersionContent content) {
        var item = item();
        item.draft(UUID.randomUUID(), content, at("2026-11-16T02:00:00Z"), ON_DRAFT);
        return refusal(() -> item.publish(at("2026-11-16T03:00:00Z"), ON_PUBLICATION));
    }
}
