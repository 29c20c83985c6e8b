package org.citizenhub.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import org.citizenhub.gateway.support.Downstream;
import org.citizenhub.testing.TestAccounts.Account;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class GatewaySecurityIT extends GatewayITBase {

    @Test
    void a_request_without_a_token_is_answered_401_problem_json_with_a_bearer_challenge() {
        HttpResponse<String> response = publicPort().get("/api/mailbox/letters/HX-1", null);

        assertProblem(response, 401, "unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(MAILBOX.receivedFor("/letters/HX-1")).isEmpty();
    }

    @Test
    void a_citizen_token_reaches_the_service_with_the_prefix_stripped_and_the_token_relayed_as_is() {
        Account citizen = INFRA.user("citizen");

        HttpResponse<String> response = publicPort().get("/api/mailbox/letters/HX-2", citizen.token());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(MAILBOX.receivedFor("/letters/HX-2")).as("forwarded exactly once").hasSize(1);
        Downstream.Received received = MAILBOX.receivedFor("/letters/HX-2").getFirst();
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + citizen.token());
    }

    @Test
    void a_machine_clients_token_without_roles_reaches_a_service_on_the_public_port_but_not_the_admin_port() {
        String token = INFRA.machineClientToken("events.mailbox");

        HttpResponse<String> response = publicPort().get("/api/mailbox/exchange/events?family=mailbox", token);
        HttpResponse<String> admin = adminPort().get("/admin/api/mailbox/anything", token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(MAILBOX.receivedFor("/exchange/events")).hasSize(1);
        assertProblem(admin, 403, "forbidden");
    }

    @Test
    void an_explicitly_public_read_path_needs_no_token() {
        HttpResponse<String> response = publicPort().get("/api/identity/departments/D-TRANSPORT", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(IDENTITY.receivedFor("/departments/D-TRANSPORT")).hasSize(1);
    }

    @Test
    void a_portal_reads_the_sites_without_a_token_and_identity_learns_the_host_the_citizen_used() {
        HttpResponse<String> all = publicPort().get("/api/identity/public/sites", null);
        HttpResponse<String> current = publicPort().get("/api/identity/public/sites/current?site=DONGCHENG", null);
        HttpResponse<String> write = publicPort().send(publicPort().request("/api/identity/public/sites")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                .build());

        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        assertThat(IDENTITY.receivedFor("/public/sites/current")).hasSize(1);
        assertThat(IDENTITY.receivedFor("/public/sites/current").getFirst().header("X-Forwarded-Host"))
                .startsWith("127.0.0.1");
        assertProblem(write, 401, "unauthorized");
    }

    @Test
    void the_working_day_calendar_is_read_without_a_token_but_only_read() {
        HttpResponse<String> read = publicPort().get("/api/identity/calendar/working-days?from=2026-02-13&to=2026-02-25",
                null);
        HttpResponse<String> write = publicPort().send(publicPort().request("/api/identity/calendar/years")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                .build());

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(IDENTITY.receivedFor("/calendar/working-days")).hasSize(1);
        assertProblem(write, 401, "unauthorized");
    }

    @Test
    void an_open311_post_without_a_token_is_let_through_for_the_service_to_answer_but_no_other_consultation_post() {
        HttpResponse<String> open311 = publicPort().send(publicPort().request(
                        "/api/consultation/open311/v2/requests.json")
                .POST(HttpRequest.BodyPublishers.ofString("service_code=complaint-transport"))
                .header("Content-Type", "application/x-www-form-urlencoded").build());
        HttpResponse<String> cases = publicPort().send(publicPort().request("/api/consultation/cases")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());

        // consultation-service does not run in this test: the route's 503 fallback shows security let it through
        assertThat(open311.statusCode()).as(open311.body()).isEqualTo(503);
        assertProblem(cases, 401, "unauthorized");
    }

    @Test
    void a_valid_token_without_a_staff_role_is_forbidden_on_the_admin_port() {
        Account citizen = INFRA.user("citizen");

        HttpResponse<String> response = adminPort().get("/admin/api/identity/departments/FB-1", citizen.token());

        assertProblem(response, 403, "forbidden");
        assertThat(IDENTITY.receivedFor("/admin/departments/FB-1")).isEmpty();
    }

    @Test
    void a_staff_token_reaches_the_back_office_path_of_the_service_on_the_admin_port() {
        Account handler = INFRA.user("handler");

        HttpResponse<String> response = adminPort().get("/admin/api/identity/departments", handler.token());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(IDENTITY.receivedFor("/admin/departments")).anyMatch(
                r -> ("Bearer " + handler.token()).equals(r.header("Authorization")));
    }

    @Test
    void back_office_routes_do_not_exist_on_the_public_port() {
        Account admin = INFRA.user("admin");

        assertProblem(publicPort().get("/admin/api/identity/departments/NF-1", admin.token()), 404, "not-found");
        assertProblem(publicPort().get("/admin/api/identity/departments/NF-1", null), 404, "not-found");
        assertThat(IDENTITY.receivedFor("/admin/departments/NF-1")).isEmpty();
    }

    @Test
    void a_services_back_office_is_not_reachable_through_its_public_route_either() {
        Account admin = INFRA.user("admin");

        assertProblem(publicPort().get("/api/identity/admin/departments/NF-2", admin.token()), 404, "not-found");
        assertProblem(publicPort().get("/api/identity/admin", admin.token()), 404, "not-found");
        assertProblem(publicPort().get("/api/identity/admin/departments/NF-2", null), 404, "not-found");
        assertThat(IDENTITY.receivedFor("/admin/departments/NF-2")).isEmpty();
        assertThat(IDENTITY.receivedFor("/admin")).isEmpty();
    }

    @Test
    void public_routes_do_not_exist_on_the_admin_port() {
        Account supervisor = INFRA.user("supervisor");

        assertProblem(adminPort().get("/api/mailbox/letters/HX-3", supervisor.token()), 404, "not-found");
        assertThat(MAILBOX.receivedFor("/letters/HX-3")).isEmpty();
    }

    @Test
    void an_expired_token_is_rejected_401() throws Exception {
        String token = INFRA.shortLivedToken(1, "citizen");
        Instant expiry = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> Instant.now().isAfter(expiry.plusMillis(1100)));

        HttpResponse<String> response = publicPort().get("/api/mailbox/letters/HX-4", token);

        assertProblem(response, 401, "unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
        assertThat(MAILBOX.receivedFor("/letters/HX-4")).isEmpty();
    }

    @Test
    void a_token_signed_with_another_key_under_keycloaks_issuer_and_key_id_is_rejected_401() throws Exception {
        SignedJWT real = SignedJWT.parse(INFRA.user("citizen").token());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPrivateKey ownKey = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(real.getHeader().getKeyID())
                .type(JOSEObjectType.JWT)
                .build(), real.getJWTClaimsSet());
        forged.sign(new RSASSASigner(ownKey));

        HttpResponse<String> response = publicPort().get("/api/mailbox/letters/HX-5", forged.serialize());

        assertProblem(response, 401, "unauthorized");
        assertThat(MAILBOX.receivedFor("/letters/HX-5")).isEmpty();
    }

    @Test
    void a_token_of_another_issuer_is_rejected_401() {
        String masterToken = INFRA.masterRealmToken();

        HttpResponse<String> response = publicPort().get("/api/mailbox/letters/HX-6", masterToken);

        assertProblem(response, 401, "unauthorized");
        assertThat(MAILBOX.receivedFor("/letters/HX-6")).isEmpty();
    }

    @Test
    void a_realm_token_without_the_hub_api_audience_is_rejected_401() throws Exception {
        String token = INFRA.tokenWithoutHubApiAudience("citizen");
        var claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getIssuer()).as("same realm, valid otherwise").isEqualTo(INFRA.issuer());
        assertThat(claims.getExpirationTime().toInstant()).isAfter(Instant.now());
        assertThat(claims.getAudience()).doesNotContain("citizen-hub-api");
        assertThat(SignedJWT.parse(INFRA.user("citizen").token()).getJWTClaimsSet().getAudience())
                .as("tokens of the hub's clients (hub-dev) carry the audience").contains("citizen-hub-api");

        HttpResponse<String> response = publicPort().get("/api/mailbox/letters/HX-7", token);

        assertProblem(response, 401, "unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
        assertThat(MAILBOX.receivedFor("/letters/HX-7")).isEmpty();
    }

    @Test
    void responses_carry_the_security_headers() {
        HttpResponse<String> response = publicPort().get("/api/identity/departments", null);

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'").contains("frame-ancestors 'none'"));
    }
}
