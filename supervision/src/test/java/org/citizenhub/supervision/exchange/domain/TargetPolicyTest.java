package org.citizenhub.supervision.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.citizenhub.supervision.exchange.domain.TargetPolicy.Rule;
import org.junit.jupiter.api.Test;

class TargetPolicyTest {

    private final TargetPolicy production = new TargetPolicy(false);
    private final TargetPolicy local = new TargetPolicy(true);

    @Test
    void an_https_receiver_on_a_public_address_is_allowed() throws Exception {
        assertThat(production.refusal(URI.create("https://receiver.gov.example/hooks"),
                List.of(InetAddress.getByName("203.0.113.7")))).isEmpty();
    }

    @Test
    void plain_http_is_refused_outside_the_local_profile_even_to_loopback() throws Exception {
        assertThat(production.refusal(URI.create("http://receiver.gov.example/hooks"),
                List.of(InetAddress.getByName("203.0.113.7")))).contains(Rule.HTTPS_ONLY);
        assertThat(production.refusal(URI.create("http://127.0.0.1:9000/hooks"),
                List.of(InetAddress.getByName("127.0.0.1")))).contains(Rule.HTTPS_ONLY);
        assertThat(local.refusal(URI.create("http://127.0.0.1:9000/hooks"),
                List.of(InetAddress.getByName("127.0.0.1")))).isEmpty();
    }

    @Test
    void internal_addresses_are_refused_whatever_the_name_says() throws Exception {
        for (String internal : List.of("10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "127.0.0.2",
                "0.0.0.0", "100.64.0.1", "::1", "fd00::1", "fe80::1", "224.0.0.1")) {
            assertThat(local.refusal(URI.create("https://looks-public.example/hooks"),
                    List.of(InetAddress.getByName(internal)))).as(internal).contains(Rule.PUBLIC_ADDRESSES_ONLY);
        }
    }

    @Test
    void a_name_that_resolves_nowhere_or_carries_credentials_is_refused() throws Exception {
        assertThat(production.refusal(URI.create("https://nowhere.example/"), List.of()))
                .contains(Rule.PUBLIC_ADDRESSES_ONLY);
        assertThat(production.refusal(URI.create("https://user:pw@receiver.gov.example/"),
                List.of(InetAddress.getByName("203.0.113.7")))).contains(Rule.WELL_FORMED_URL);
        assertThat(production.refusal(URI.create("/relative"), List.of())).contains(Rule.WELL_FORMED_URL);
    }
}
