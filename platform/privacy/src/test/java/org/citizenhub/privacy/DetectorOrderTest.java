package org.citizenhub.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.citizenhub.privacy.PersonalDataMasker.Finding;
import org.citizenhub.privacy.PersonalDataMasker.Kind;
import org.junit.jupiter.api.Test;

/** How detectors are ordered, and how a service adds its own. */
class DetectorOrderTest {

    /** A service's own kind: the hall's 办件编号 (case numbers such as BJ2026-000123), all but the prefix masked. */
    private static final class CaseNumbers implements Detector {

        static final Kind CASE_NUMBER = new Kind("CASE_NUMBER");
        private static final Pattern CASE = Pattern.compile("BJ[0-9]{4}-[0-9]{6}");

        @Override
        public Kind kind() {
            return CASE_NUMBER;
        }

        @Override
        public void detect(Scan scan) {
            scan.eachMatch(CASE, i -> scan.text().charAt(i) == 'B', m -> {
                if (scan.free(m.start(), m.end())) {
                    int keep = m.start() + 2;
                    scan.claim(m.start(), m.end(), scan.starred(m.start(), m.end(), i -> i >= keep));
                }
            });
        }
    }

    /** Claims every run of six or more digits as a whole, to see who gets a contested span. */
    private static final class Digits implements Detector {

        private static final Pattern RUN = Pattern.compile("[0-9]{6,}");

        @Override
        public Kind kind() {
            return new Kind("DIGITS");
        }

        @Override
        public void detect(Scan scan) {
            scan.eachMatch(RUN, scan::startsNumber, m -> {
                if (scan.free(m.start(), m.end())) {
                    scan.claim(m.start(), m.end(), "#".repeat(m.end() - m.start()));
                }
            });
        }
    }

    @Test
    void the_standard_set_runs_e_mail_id_number_bank_card_mobile_landline_name_address_in_this_order() {
        assertThat(PersonalDataMasker.standard().kinds()).containsExactly(Kind.EMAIL, Kind.ID_NUMBER, Kind.BANK_CARD,
                Kind.MOBILE, Kind.LANDLINE, Kind.NAME, Kind.ADDRESS);
        assertThat(PersonalDataMasker.standard().detectors()).isEqualTo(Detectors.standard());
    }

    @Test
    void a_service_adds_its_own_kind_and_the_preview_counts_it_by_name() {
        var masker = PersonalDataMasker.standard().with(new CaseNumbers());

        var result = masker.mask("办件编号BJ2026-000123，联系电话13800138000。", List.of());

        assertThat(result.text()).isEqualTo("办件编号BJ***********，联系电话138****8000。");
        assertThat(result.findings()).extracting(f -> f.kind().name()).containsExactly("CASE_NUMBER", "MOBILE");
        assertThat(masker.kinds()).endsWith(CaseNumbers.CASE_NUMBER);
    }

    @Test
    void where_two_detectors_want_the_same_span_the_one_that_runs_first_wins() {
        String text = "手机13800138000";

        assertThat(PersonalDataMasker.standard().withBefore(Kind.MOBILE, new Digits()).maskText(text, List.of()))
                .isEqualTo("手机###########");
        assertThat(PersonalDataMasker.standard().withAfter(Kind.MOBILE, new Digits()).maskText(text, List.of()))
                .isEqualTo("手机138****8000");
        assertThat(PersonalDataMasker.standard().with(new Digits()).maskText("编号20260213", List.of()))
                .isEqualTo("编号########");
    }

    @Test
    void before_and_after_place_a_detector_next_to_the_named_kind() {
        var digits = new Digits();

        assertThat(PersonalDataMasker.standard().withBefore(Kind.EMAIL, digits).detectors()).startsWith(digits);
        assertThat(PersonalDataMasker.standard().withAfter(Kind.ADDRESS, digits).detectors()).endsWith(digits);
        assertThat(PersonalDataMasker.standard().withAfter(Kind.BANK_CARD, digits).kinds()).containsExactly(
                Kind.EMAIL, Kind.ID_NUMBER, Kind.BANK_CARD, digits.kind(), Kind.MOBILE, Kind.LANDLINE, Kind.NAME,
                Kind.ADDRESS);
    }

    @Test
    void placing_next_to_a_kind_that_is_not_in_the_set_is_refused() {
        assertThatThrownBy(() -> PersonalDataMasker.standard().withBefore(Kind.LICENCE_PLATE, new Digits()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LICENCE_PLATE");
        assertThatThrownBy(() -> PersonalDataMasker.standard().without(Kind.LICENCE_PLATE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_kind_can_be_left_out() {
        var masker = PersonalDataMasker.standard().without(Kind.ADDRESS);

        assertThat(masker.kinds()).doesNotContain(Kind.ADDRESS);
        assertThat(masker.maskText("住幸福路12号院，手机13800138000", List.of())).isEqualTo("住幸福路12号院，手机138****8000");
    }

    @Test
    void extending_a_masker_leaves_the_original_as_it_was() {
        var standard = PersonalDataMasker.standard();
        standard.with(new Digits());

        assertThat(standard.maskText("编号20260213", List.of())).isEqualTo("编号20260213");
        assertThat(PersonalDataMasker.standard()).isSameAs(standard);
    }

    @Test
    void a_detector_cannot_claim_what_an_earlier_one_found() {
        Detector greedy = new Detector() {
            @Override
            public Kind kind() {
                return new Kind("GREEDY");
            }

            @Override
            public void detect(Scan scan) {
                scan.claim(0, scan.length(), "*");
            }
        };

        assertThatThrownBy(() -> PersonalDataMasker.standard().with(greedy).mask("手机13800138000", List.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_names_given_with_the_call_reach_every_detector() {
        var seen = new ArrayList<String>();
        Detector listener = new Detector() {
            @Override
            public Kind kind() {
                return new Kind("LISTENER");
            }

            @Override
            public void detect(Scan scan) {
                seen.addAll(scan.givenNames());
            }
        };

        PersonalDataMasker.of(List.of(listener)).mask("你好", List.of("王小明", "李梅"));

        assertThat(seen).containsExactly("王小明", "李梅");
    }

    @Test
    void a_kind_is_named_in_upper_snake_case() {
        assertThat(new Kind("CASE_NUMBER")).isEqualTo(new Kind("CASE_NUMBER")).hasToString("CASE_NUMBER");
        assertThatThrownBy(() -> new Kind("case number")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kind(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_given_name_between_two_numbered_parts_of_an_address_ends_the_chain_instead_of_failing() {
        // the masker in mailbox-service threw IndexOutOfBoundsException here: the address chain was joined across the
        // name, which the name detector had already claimed
        String text = "住幸福路12号张三家园5号楼";

        var result = PersonalDataMasker.standard().mask(text, List.of("张三"));

        assertThat(result.text()).isEqualTo("住幸福路**号张*家园*号楼");
        assertThat(result.findings()).containsExactly(new Finding(Kind.ADDRESS, 4, 7), new Finding(Kind.NAME, 7, 9),
                new Finding(Kind.ADDRESS, 11, 14));
    }
}
