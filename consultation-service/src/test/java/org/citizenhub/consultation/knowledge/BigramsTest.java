package org.citizenhub.consultation.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BigramsTest {

    @Test
    void chinese_runs_give_their_overlapping_character_bigrams_and_latin_or_digit_runs_themselves() {
        assertThat(Bigrams.of("居住证需要吗？")).containsExactly("居住", "住证", "证需", "需要", "要吗");
        assertThat(Bigrams.of("办理ＥＴＣ 卡", "门")).containsExactly("办理", "etc", "卡", "门");
        assertThat(Bigrams.of("。，！ ")).isEmpty();
    }

    @Test
    void the_remnants_of_masked_personal_data_are_never_terms() {
        assertThat(Bigrams.of("我叫王**，电话139****5678，身份证110101**********33，住人民路**号。"))
                .containsExactly("我叫", "电话", "身份", "份证", "住人", "人民");
        assertThat(Bigrams.of("王*")).isEmpty();
    }

    @Test
    void hashes_are_sorted_distinct_and_fixed_by_their_definition() {
        int[] hashes = Bigrams.hashes(List.of("居住", "住证", "居住"));
        assertThat(hashes).hasSize(2).isSorted();
        // FNV-1a 64 folded to 32 bits: stored numbers must not change with the JVM or a refactoring
        assertThat(Bigrams.hash("居住")).isEqualTo(Bigrams.hash(new String("居住")));
        assertThat(Bigrams.hash("a")).isEqualTo((int) (0xaf63dc4c8601ec8cL ^ (0xaf63dc4c8601ec8cL >>> 32)));
    }
}
