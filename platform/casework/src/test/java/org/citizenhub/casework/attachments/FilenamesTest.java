package org.citizenhub.casework.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilenamesTest {

    @Test
    void only_the_last_path_segment_is_kept_whichever_the_separator() {
        assertThat(Filenames.clean("C:\\Users\\张三\\Pictures\\坑洼.jpg")).isEqualTo("坑洼.jpg");
        assertThat(Filenames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Filenames.clean("photos/2026/pothole.png")).isEqualTo("pothole.png");
    }

    @Test
    void control_and_direction_characters_are_dropped() {
        assertThat(Filenames.clean("report\r\nSet-Cookie: x.pdf")).isEqualTo("reportSet-Cookie: x.pdf");
        assertThat(Filenames.clean("a\u0000b\u0007c.png")).isEqualTo("abc.png");
        // U+202E right-to-left override would show "invoice\u202Egpj.exe" as "invoiceexe.jpg"
        assertThat(Filenames.clean("invoice\u202Egpj.exe")).isEqualTo("invoicegpj.exe");
        assertThat(Filenames.clean("zero\u200Bwidth.pdf")).isEqualTo("zerowidth.pdf");
    }

    @Test
    void a_name_with_nothing_left_becomes_attachment() {
        assertThat(Filenames.clean(null)).isEqualTo("attachment");
        assertThat(Filenames.clean("")).isEqualTo("attachment");
        assertThat(Filenames.clean("dir/")).isEqualTo("attachment");
        assertThat(Filenames.clean(" \u0001 ")).isEqualTo("attachment");
        assertThat(Filenames.clean("...")).isEqualTo("attachment");
    }

    @Test
    void leading_dots_are_dropped_so_nothing_becomes_a_hidden_file() {
        assertThat(Filenames.clean(".htaccess")).isEqualTo("htaccess");
    }

    @Test
    void a_long_name_is_cut_to_255_characters_keeping_its_extension() {
        String cleaned = Filenames.clean("长".repeat(300) + ".pdf");

        assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(255);
        assertThat(cleaned).endsWith("长.pdf");
        String emoji = Filenames.clean("😀".repeat(300));
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(255);
    }

    @Test
    void a_short_name_is_kept_as_it_is() {
        assertThat(Filenames.clean("人民路 3 号 路灯.JPG")).isEqualTo("人民路 3 号 路灯.JPG");
    }
}
