package org.citizenhub.supervision.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.citizenhub.supervision.exchange.domain.WebhookSecret;
import org.citizenhub.supervision.exchange.domain.WebhookSignature;
import org.citizenhub.supervision.exchange.examples.WebhookVerifier;
import org.citizenhub.supervision.exchange.examples.WebhookVerifier.Outcome;
import org.citizenhub.testing.MovableClock;
import org.junit.jupiter.api.Test;

/** The example verifier handed to receivers (examples/) against the hub's signer. */
class WebhookVerifierTest {

    private final WebhookSecret secret = WebhookSecret.generate();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-16T02:00:00Z"));
    private final WebhookVerifier verifier = new WebhookVerifier(secret.text(), clock);
    private final String body = "{\"type\":\"gov.hub.mailbox.letter.submitted.v1\",\"data\":{\"department\":\"D-1\"}}";

    @Test
    void the_signature_follows_the_standard_webhooks_example_of_the_specification() {
        var secret = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertThat(WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void a_delivery_signed_by_the_hub_is_accepted_once_and_its_replay_refused() {
        var headers = signed("evt-1", clock.instant().getEpochSecond(), body);

        assertThat(verifier.verify(headers::get, body)).isEqualTo(Outcome.ACCEPTED);
        assertThat(verifier.verify(headers::get, body)).isEqualTo(Outcome.REPLAYED);
    }

    @Test
    void a_forged_signature_or_a_changed_body_is_refused() {
        var forged = signed("evt-2", clock.instant().getEpochSecond(), body);
        var other = WebhookSecret.generate();
        forged.put("webhook-signature", WebhookSignature.sign(other, "evt-2", clock.instant().getEpochSecond(), body));

        assertThat(verifier.verify(forged::get, body)).isEqualTo(Outcome.FORGED_SIGNATURE);
        var genuine = signed("evt-3", clock.instant().getEpochSecond(), body);
        assertThat(verifier.verify(genuine::get, body.replace("D-1", "D-2"))).isEqualTo(Outcome.FORGED_SIGNATURE);
    }

    @Test
    void a_timestamp_more_than_five_minutes_old_or_ahead_is_refused_even_when_signed() {
        long sixMinutesAgo = clock.instant().minus(Duration.ofMinutes(6)).getEpochSecond();
        var stale = signed("evt-4", sixMinutesAgo, body);
        var ahead = signed("evt-5", clock.instant().plus(Duration.ofMinutes(6)).getEpochSecond(), body);
        var fourMinutesAgo = signed("evt-6", clock.instant().minus(Duration.ofMinutes(4)).getEpochSecond(), body);

        assertThat(verifier.verify(stale::get, body)).isEqualTo(Outcome.STALE_TIMESTAMP);
        assertThat(verifier.verify(ahead::get, body)).isEqualTo(Outcome.STALE_TIMESTAMP);
        assertThat(verifier.verify(fourMinutesAgo::get, body)).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void a_delivery_without_its_headers_is_malformed() {
        assertThat(verifier.verify(Map.<String, String>of()::get, body)).isEqualTo(Outcome.MALFORMED);
    }

    private Map<String, String> signed(String id, long timestamp, String content) {
        return new java.util.HashMap<>(Map.of("webhook-id", id, "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSignature.sign(secret, id, timestamp, content)));
    }
}
