package org.citizenhub.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.citizenhub.gateway.config.HubGatewayProperties.Quota;
import org.citizenhub.gateway.ratelimit.RedisBackedRateLimiter.BucketLimit;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    @Test
    void retry_after_is_the_seconds_one_request_needs_to_refill_rounded_up_and_at_least_one() {
        assertThat(new BucketLimit(1, 3).retryAfterSeconds()).isEqualTo(1);
        assertThat(new BucketLimit(10, 20).retryAfterSeconds()).isEqualTo(1);
        assertThat(new BucketLimit(0.4, 20).retryAfterSeconds()).isEqualTo(3);
    }

    @Test
    void a_quota_of_five_a_minute_asks_to_retry_after_twelve_seconds() {
        Quota fivePerMinute = new Quota(5, Duration.ofMinutes(1), 3);

        BucketLimit limit = new BucketLimit(fivePerMinute.tokensPerSecond(), fivePerMinute.burst());

        assertThat(limit.retryAfterSeconds()).isEqualTo(12);
        assertThat(limit.rateHeader()).isEqualTo("0.0833");
        assertThat(new BucketLimit(10, 20).rateHeader()).isEqualTo("10");
    }
}
