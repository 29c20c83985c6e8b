package org.citizenhub.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemLocalesTest {

    @ParameterizedTest(name = "Accept-Language ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL                     | zh_CN",
            "''                       | zh_CN",
            "en                       | en",
            "en-US,en;q=0.9           | en",
            "zh-CN,zh;q=0.9,en;q=0.8  | zh_CN",
            "en;q=0.5,zh-CN;q=0.9     | zh_CN",
            "fr,en;q=0.7              | en",
            "fr,de                    | zh_CN",
            "zh-TW,en;q=0.5           | zh_CN",
            "*                        | zh_CN",
            "this is not a header;;;  | zh_CN"})
    void english_is_served_only_when_the_client_ranks_it_above_chinese(String header, String expected) {
        assertThat(ProblemLocales.fromAcceptLanguage(header)).isEqualTo(Locale.forLanguageTag(expected.replace('_', '-')));
    }
}
