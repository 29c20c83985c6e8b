package org.citizenhub.privacy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.citizenhub.privacy.PersonalDataMasker.Finding;
import org.citizenhub.privacy.PersonalDataMasker.Kind;
import org.citizenhub.privacy.PersonalDataMasker.Masked;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataMaskerTest {

    private final PersonalDataMasker masker = PersonalDataMasker.standard();

    private String masked(String text, String... names) {
        return masker.maskText(text, List.of(names));
    }

    private List<Kind> kinds(String text, String... names) {
        return masker.mask(text, List.of(names)).findings().stream().map(Finding::kind).toList();
    }

    @Nested
    class Id_numbers {

        @Test
        void an_eighteen_digit_id_number_ending_in_x_is_masked() {
            assertThat(masked("身份证：11010519491231002X")).isEqualTo("身份证：1****************X");
            assertThat(kinds("身份证：11010519491231002X")).containsExactly(Kind.ID_NUMBER);
        }

        @Test
        void an_id_number_ending_in_a_lower_case_x_is_masked_the_same_way() {
            assertThat(masked("11010519491231002x")).isEqualTo("1****************x");
        }

        @Test
        void an_id_number_inside_chinese_text_without_spaces_is_masked() {
            Masked result = masker.mask("身份证号110105199003071234请核实", List.of());

            assertThat(result.text()).isEqualTo("身份证号1****************4请核实");
            assertThat(result.findings()).containsExactly(new Finding(Kind.ID_NUMBER, 4, 22));
        }

        @Test
        void an_old_fifteen_digit_id_number_is_masked() {
            assertThat(masked("旧身份证110105900307123。")).isEqualTo("旧身份证1*************3。");
        }

        @Test
        void an_id_number_written_in_groups_is_masked_and_keeps_its_spaces() {
            assertThat(masked("证件号 110105 19900307 123X 。")).isEqualTo("证件号 1***** ******** ***X 。");
        }

        @Test
        void an_id_number_in_full_width_digits_is_masked_in_place() {
            assertThat(masked("身份证１１０１０５１９９００３０７１２３Ｘ")).isEqualTo("身份证１****************Ｘ");
        }

        @Test
        void a_mistyped_check_digit_does_not_let_an_id_number_through() {
            assertThat(masked("110105199003071235")).isEqualTo("1****************5");
            assertThat(kinds("110105199003071235")).containsExactly(Kind.ID_NUMBER);
        }

        @Test
        void an_x_ended_number_with_an_impossible_date_is_still_an_id_number_when_its_checksum_is_right() {
            // 1990-13-07 is no date, but the ISO 7064 check character X is right for these 17 digits
            assertThat(kinds("11010519901307103X")).containsExactly(Kind.ID_NUMBER);
        }

        @Test
        void eighteen_digits_without_a_birth_date_are_a_bank_card_not_an_id_number() {
            assertThat(masked("622202123456789012")).isEqualTo("**************9012");
            assertThat(kinds("622202123456789012")).containsExactly(Kind.BANK_CARD);
        }
    }

    @Nested
    class Bank_cards {

        @Test
        void a_nineteen_digit_card_number_keeps_only_its_last_four_digits() {
            assertThat(masked("卡号6222021234567890123，")).isEqualTo("卡号***************0123，");
        }

        @Test
        void a_card_number_in_groups_of_four_is_masked_and_keeps_its_spaces() {
            assertThat(masked("银行卡 6222 0212 3456 7890 123 被扣款")).isEqualTo("银行卡 **** **** **** ***0 123 被扣款");
        }

        @Test
        void a_sixteen_digit_card_number_is_masked() {
            assertThat(masked("卡号：4392268312345678")).isEqualTo("卡号：************5678");
        }
    }

    @Nested
    class Mobiles {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                13800138000         | 138****8000
                138 0013 8000       | 138 **** 8000
                138-0013-8000       | 138-****-8000
                +86 138 0013 8000   | +86 138 **** 8000
                +8613800138000      | +86138****8000
                86-13800138000      | 86-138****8000
                0086 13800138000    | 0086 138****8000
                (+86)13800138000    | (+86)138****8000
                013800138000        | 0138****8000
                １３８００１３８０００ | １３８****８０００
                """)
        void a_mobile_number_in_any_common_format_keeps_its_first_three_and_last_four_digits(String number,
                String expected) {
            assertThat(masked("手机：" + number + "，请回电")).isEqualTo("手机：" + expected + "，请回电");
            assertThat(kinds("手机：" + number + "，请回电")).containsExactly(Kind.MOBILE);
        }

        @Test
        void a_mobile_number_glued_to_chinese_text_is_masked() {
            assertThat(masked("我的手机号是19912345678请联系")).isEqualTo("我的手机号是199****5678请联系");
        }

        @Test
        void eleven_digits_that_do_not_start_like_a_mobile_number_are_left_alone() {
            assertThat(masked("编号12012345678")).isEqualTo("编号12012345678");
        }

        @Test
        void a_mobile_number_used_as_an_email_address_is_masked_as_the_email_address() {
            assertThat(masked("邮箱13800138000@qq.com")).isEqualTo("邮箱1***@qq.com");
            assertThat(kinds("邮箱13800138000@qq.com")).containsExactly(Kind.EMAIL);
        }
    }

    @Nested
    class Landlines {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                010-12345678       | 010-****5678
                01012345678        | 010****5678
                (0755)12345678     | (0755)****5678
                （0755）12345678    | （0755）****5678
                0755 1234 5678     | 0755 **** 5678
                0755-8765-4321     | 0755-****-4321
                021-1234567        | 021-****567
                010-12345678-123   | 010-****5678-***
                010-65881234转8021  | 010-****1234转****
                """)
        void a_landline_keeps_its_area_code_and_hides_the_start_of_the_number_and_any_extension(String number,
                String expected) {
            assertThat(masked("电话" + number + "。")).isEqualTo("电话" + expected + "。");
            assertThat(kinds("电话" + number + "。")).containsExactly(Kind.LANDLINE);
        }

        @Test
        void a_local_number_without_area_code_is_masked_when_introduced_as_a_phone() {
            assertThat(masked("座机：88886666，固话 6588 1234")).isEqualTo("座机：****6666，固话 **** 1234");
        }

        @Test
        void the_government_hotline_and_short_numbers_are_left_alone() {
            assertThat(masked("我拨打了12345热线和110")).isEqualTo("我拨打了12345热线和110");
        }
    }

    @Nested
    class Emails {

        @Test
        void an_email_address_keeps_its_first_letter_and_its_domain() {
            assertThat(masked("zhang.san@example.com")).isEqualTo("z***@example.com");
        }

        @Test
        void an_email_address_inside_chinese_text_is_masked() {
            assertThat(masked("邮箱：wang_xm+gov@mail.example.com.cn，谢谢")).isEqualTo("邮箱：w***@mail.example.com.cn，谢谢");
        }

        @Test
        void a_full_width_at_sign_does_not_hide_an_email_address() {
            assertThat(masked("邮箱lisi＠163.com。")).isEqualTo("邮箱l***＠163.com。");
        }

        @Test
        void an_at_sign_that_is_not_part_of_an_address_is_left_alone() {
            assertThat(masked("@市长 请看 a@b 和 x@localhost")).isEqualTo("@市长 请看 a@b 和 x@localhost");
        }
    }

    @Nested
    class Addresses {

        @Test
        void a_detailed_city_address_keeps_city_district_road_and_compound_but_hides_every_number() {
            String text = "家住北京市朝阳区建国路88号SOHO现代城5号楼2单元1203室。";

            Masked result = masker.mask(text, List.of());

            assertThat(result.text()).isEqualTo("家住北京市朝阳区建国路**号SOHO现代城*号楼*单元****室。");
            assertThat(result.findings()).containsExactly(
                    new Finding(Kind.ADDRESS, text.indexOf("88"), text.indexOf("。")));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                XX小区3栋2单元502        | XX小区*栋*单元***
                幸福路12号院              | 幸福路**号院
                胜利街道和平里3号楼         | 胜利街道和平里*号楼
                胜利街道和平里三号楼        | 胜利街道和平里*号楼
                阳光小区3-2-502           | 阳光小区*-*-***
                长乐路123弄4号            | 长乐路***弄*号
                李家村3组25号             | 李家村*组**号
                万达广场B座1502室          | 万达广场*座****室
                阳光花园二期3栋1单元602     | 阳光花园*期*栋*单元***
                住在3号楼2单元502室        | 住在*号楼*单元***室
                人民大道100号大院第3栋      | 人民大道***号大院第*栋
                望京SOHO塔A座1203         | 望京SOHO塔*座****
                住在B栋1203              | 住在*栋****
                世纪大道100号环球金融中心58层 | 世纪大道***号环球金融中心**层
                中山东路12号3-1-202室      | 中山东路**号*-*-***室
                """)
        void house_building_unit_and_room_numbers_are_masked(String address, String expected) {
            assertThat(masked(address + "，")).isEqualTo(expected + "，");
            assertThat(kinds(address + "，")).containsOnly(Kind.ADDRESS);
        }

        @Test
        void a_street_without_a_house_number_is_left_alone() {
            assertThat(masked("建国路和人民路交叉口的路灯坏了")).isEqualTo("建国路和人民路交叉口的路灯坏了");
        }

        @Test
        void a_flat_layout_and_a_day_of_the_month_are_not_addresses() {
            assertThat(masked("房子是3室2厅，2月3号交房")).isEqualTo("房子是3室2厅，2月3号交房");
        }

        @Test
        void a_quantity_after_an_address_is_not_taken_for_a_room_number() {
            assertThat(masked("幸福路12号 3000元")).isEqualTo("幸福路**号 3000元");
        }
    }

    @Nested
    class Names {

        @Test
        void every_occurrence_of_a_name_the_writer_gave_keeps_only_its_first_character() {
            Masked result = masker.mask("张三反映，张三的邻居也受影响", List.of("张三"));

            assertThat(result.text()).isEqualTo("张*反映，张*的邻居也受影响");
            assertThat(result.findings()).containsExactly(new Finding(Kind.NAME, 0, 2), new Finding(Kind.NAME, 5, 7));
        }

        @Test
        void a_four_character_name_keeps_its_first_character_and_three_stars() {
            assertThat(masked("欧阳娜娜来信", "欧阳娜娜")).isEqualTo("欧***来信");
        }

        @Test
        void a_longer_given_name_wins_over_a_shorter_one_inside_it() {
            assertThat(masked("欧阳娜娜与欧阳", "欧阳", "欧阳娜娜")).isEqualTo("欧***与欧*");
        }

        @Test
        void one_character_blank_and_null_names_are_ignored() {
            assertThat(masker.maskText("王先生来信", Arrays.asList("王", " ", null))).isEqualTo("王先生来信");
            assertThat(masker.maskText("王先生来信", null)).isEqualTo("王先生来信");
        }

        @Test
        void a_latin_name_is_matched_regardless_of_case_and_keeps_its_spaces() {
            assertThat(masked("Signed: JOHN SMITH", "John Smith")).isEqualTo("Signed: J*** *****");
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                我叫王小明，家住附近        | 我叫王**，家住附近
                我叫王小明我家住在附近      | 我叫王**我家住在附近
                我是李四，今天来信         | 我是李*，今天来信
                本人赵六，女              | 本人赵*，女
                本人赵六 住在幸福路        | 本人赵* 住在幸福路
                联系人：孙七              | 联系人：孙*
                联系人: 孙七 电话另告      | 联系人: 孙* 电话另告
                姓名：周八                | 姓名：周*
                姓名：周八电话另告          | 姓名：周*电话另告
                姓名：阿依古丽             | 姓名：阿***
                我叫欧阳娜娜。             | 我叫欧***。
                """)
        void a_name_introduced_in_the_text_is_masked_even_when_not_given(String text, String expected) {
            assertThat(masked(text)).isEqualTo(expected);
            assertThat(kinds(text)).containsOnly(Kind.NAME);
        }

        @Test
        void a_name_introduced_once_is_masked_wherever_it_appears() {
            assertThat(masked("我叫王小明。……王小明再次恳请")).isEqualTo("我叫王**。……王**再次恳请");
        }

        @ParameterizedTest
        @ValueSource(strings = {"我是一名退休教师，", "本人向贵单位反映问题", "本人于今年3月搬入", "我是业主，", "我是小区居民，",
                "我是武汉人，", "我是高中生，"})
        void ordinary_sentences_after_the_markers_are_not_taken_for_names(String text) {
            assertThat(masked(text)).isEqualTo(text);
        }
    }

    @Nested
    class Left_untouched {

        @ParameterizedTest
        @ValueSource(strings = {
                "2026年2月14日", "2026-02-14 09:30", "上午09:30", "罚款3000元", "3,000.50元", "涨幅50%",
                "受理编号ML20260213000001", "编号ML2026021612345678", "2025年", "反映了3次", "邮编100020",
                "订单号202602140000012345678", "京政发〔2025〕3号文件", "共计12栋楼", "建国路上车很多"})
        void ordinary_numbers_and_words_are_left_alone(String text) {
            Masked result = masker.mask(text, List.of());

            assertThat(result.text()).isEqualTo(text);
            assertThat(result.findings()).isEmpty();
        }
    }

    @Test
    void a_realistic_complaint_letter_keeps_no_personal_data_and_everything_else() {
        String letter = """
                尊敬的市长：
                    您好！我叫王小明，身份证号110105199003071234，家住北京市朝阳区建国路88号SOHO现代城5号楼2单元1203室。
                2026年2月14日09:30左右，小区物业擅自收取停车费3000元，涨幅超过50%。
                我多次拨打物业电话010-65881234转8021，均无人接听。
                我的手机是138 0013 8000，邮箱wang.xiaoming@example.com，也可联系我爱人李梅（手机+86 139-0013-9000）。
                邻居张大爷住在幸福路12号院，他的银行卡6222 0212 3456 7890 123也被物业扣了款。
                联系人：孙七，座机：88886666。
                我已于2月3号通过12345热线反映（受理编号ML20260213000001），至今未果。
                请领导督促解决。
                王小明 2026年2月16日
                """;

        Masked result = masker.mask(letter, List.of("王小明", "李梅"));

        assertThat(result.text()).doesNotContain("王小明", "李梅", "孙七", "110105199003071234", "88号", "1203",
                "0013", "65881234", "8021", "wang.xiaoming", "6222", "12号院", "88886666");
        assertThat(result.text()).contains("我叫王**", "身份证号1****************4", "建国路**号SOHO现代城*号楼*单元****室",
                "010-****1234转****", "138 **** 8000", "w***@example.com", "李*", "+86 139-****-9000", "幸福路**号院",
                "**** **** **** ***0 123", "孙*", "****6666", "王** 2026年2月16日");
        assertThat(result.text()).contains("2026年2月14日09:30", "3000元", "50%", "2月3号", "12345热线",
                "ML20260213000001", "张大爷");
        assertThat(Set.copyOf(result.findings().stream().map(Finding::kind).toList()))
                .containsExactlyInAnyOrder(masker.kinds().toArray(Kind[]::new));
        assertThat(result.findings()).allSatisfy(f -> assertThat(result.text()).doesNotContain(
                letter.substring(f.start(), f.end())));
    }

    @Test
    void findings_point_at_the_personal_data_in_the_original_text_in_order() {
        String text = "请拨１３８００１３８０００或写信给zhang@example.com，住幸福路12号院。——张三";

        Masked result = masker.mask(text, List.of("张三"));

        assertThat(result.findings()).containsExactly(
                new Finding(Kind.MOBILE, 2, 13),
                new Finding(Kind.EMAIL, 17, 34),
                new Finding(Kind.ADDRESS, 39, 43),
                new Finding(Kind.NAME, 46, 48));
        assertThat(result.findings()).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("１３８００１３８０００", "zhang@example.com", "12号院", "张三");
        assertThat(result.text()).isEqualTo("请拨１３８****８０００或写信给z***@example.com，住幸福路**号院。——张*");
    }

    @Test
    void masking_is_deterministic_and_masking_twice_changes_nothing_more() {
        String text = "我叫王小明，手机13800138000，住幸福路12号院。";
        String once = masked(text);

        assertThat(masked(text)).isEqualTo(once);
        assertThat(masked(once)).isEqualTo(once);
    }

    @Test
    void a_letter_without_personal_data_comes_back_unchanged() {
        assertThat(masker.mask("", List.of())).isEqualTo(new Masked("", List.of()));
        assertThat(masked("人民路的路灯坏了。")).isEqualTo("人民路的路灯坏了。");
    }

    @Test
    void a_null_text_is_refused() {
        assertThatThrownBy(() -> masker.mask(null, List.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void the_masker_depends_on_nothing_but_the_jdk() {
        classes().that().resideInAPackage("org.citizenhub.privacy")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..",
                        "org.citizenhub.privacy")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.citizenhub.privacy"));
    }

    @Test
    void long_letters_and_hostile_input_are_masked_in_linear_time() {
        String hostile = "a".repeat(2000) + "1".repeat(2000) + "1-2 ".repeat(500) + "@".repeat(500) + "路1".repeat(500)
                + "我叫王".repeat(300);
        String letter = "我叫王小明，手机13800138000，住幸福路12号院，邮箱wang@example.com，身份证110105199003071234。"
                .repeat(80);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 20; i++) {
                masker.mask(hostile, List.of("王小明"));
                masker.mask(letter, List.of("王小明"));
            }
        });
        assertThat(masked(letter)).doesNotContain("13800138000", "王小明", "110105199003071234");
    }
}
