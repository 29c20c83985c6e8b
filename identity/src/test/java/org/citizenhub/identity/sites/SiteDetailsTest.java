package org.citizenhub.identity.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.citizenhub.identity.IdentityProblem;
import org.citizenhub.identity.directory.DepartmentCode;
import org.citizenhub.web.problem.HubProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteDetailsTest {

    @Test
    void host_names_are_kept_lower_case_once_each_in_the_order_given() {
        var details = details(List.of(" WWW.Demo-City.gov.cn", "localhost", "www.demo-city.gov.cn", "127.0.0.1"), "/");

        assertThat(details.hosts()).containsExactly("www.demo-city.gov.cn", "localhost", "127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://x.gov.cn", "x.gov.cn:8080", "x.gov.cn/path", "-x.gov.cn", "x..gov.cn", "",
            "域名.中国"})
    void a_host_name_with_a_scheme_port_path_or_bad_label_is_refused_naming_it(String host) {
        assertThatThrownBy(() -> details(List.of(host), "/"))
                .isInstanceOfSatisfying(HubProblem.class, p -> {
                    assertThat(p.type()).isEqualTo(IdentityProblem.SITE_HOST_MALFORMED);
                    assertThat(p.args()).containsExactly(host);
                });
    }

    @Test
    void no_path_prefix_is_the_root_path_and_one_lower_case_segment_is_a_path_on_a_shared_host() {
        assertThat(details(List.of(), null).pathPrefix()).isEqualTo("/");
        assertThat(details(List.of(), "/dongcheng").pathPrefix()).isEqualTo("/dongcheng");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dongcheng", "/Dongcheng", "/a/b", "/dongcheng/", "/-x"})
    void any_other_path_prefix_is_refused(String pathPrefix) {
        assertThatThrownBy(() -> details(List.of(), pathPrefix))
                .isInstanceOfSatisfying(HubProblem.class,
                        p -> assertThat(p.type()).isEqualTo(IdentityProblem.SITE_PATH_PREFIX_MALFORMED));
    }

    @Test
    void a_logo_is_only_at_an_http_or_https_address() {
        assertThat(new SiteDetails("网站", null, List.of(), "/", "https://x.gov.cn/logo.png", null, null, true, false)
                .logoUrl()).isEqualTo("https://x.gov.cn/logo.png");
        for (var logo : List.of("javascript:alert(1)", "ftp://x.gov.cn/logo.png", "/logo.png", "https://")) {
            assertThatThrownBy(() -> new SiteDetails("网站", null, List.of(), "/", logo, null, null, true, false))
                    .as(logo).isInstanceOfSatisfying(HubProblem.class,
                            p -> assertThat(p.type()).isEqualTo(IdentityProblem.SITE_LOGO_URL_NOT_HTTP));
        }
    }

    @Test
    void the_site_of_a_root_department_is_coded_as_the_department_without_its_prefix_even_at_the_longest() {
        var longest = "D-" + "A".repeat(DepartmentCode.MAX_LENGTH - 2);

        assertThat(SiteCode.ofRootDepartment(new DepartmentCode("D-GOV")).value()).isEqualTo("GOV");
        assertThat(SiteCode.ofRootDepartment(new DepartmentCode(longest)).value()).hasSize(SiteCode.MAX_LENGTH);
        assertThat(SiteCode.isValid("dongcheng")).isFalse();
        assertThat(SiteCode.isValid("1CITY")).isFalse();
    }

    private static SiteDetails details(List<String> hosts, String pathPrefix) {
        return new SiteDetails("网站", null, hosts, pathPrefix, null, null, null, true, false);
    }
}
