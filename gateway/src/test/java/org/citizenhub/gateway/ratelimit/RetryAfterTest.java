package org.citizenhub.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

class RetryAfterTest {

    @Test
    void retry_after_is_the_seconds_one_request_needs_to_refill_rounded_up_and_at_least_one() {
        assertThat(RateLimitFilter.retryAfterSeconds(new RedisRateLimiter.Config().setReplenishRate(1)
                .setBurstCapacity(3))).isEqualTo(1);
        assertThat(RateLimitFilter.retryAfterSeconds(new RedisRateLimiter.Config().setReplenishRate(10)
                .setBurstCapacity(20))).isEqualTo(1);
        assertThat(RateLimitFilter.retryAfterSeconds(new RedisRateLimiter.Config().setReplenishRate(2)
                .setBurstCapacity(20).setRequestedTokens(5))).isEqualTo(3);
    }
}
