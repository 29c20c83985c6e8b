package org.citizenhub.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalTokenBucketsTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final LocalTokenBuckets buckets = new LocalTokenBuckets(nanos::get);
    private final LocalTokenBuckets.Limit twoPerSecondBurstThree = new LocalTokenBuckets.Limit(2, 3);

    @Test
    void a_bucket_serves_its_burst_then_denies_until_it_refills_at_its_rate() {
        assertThat(buckets.tryConsume("a", twoPerSecondBurstThree)).isEqualTo(2);
        assertThat(buckets.tryConsume("a", twoPerSecondBurstThree)).isEqualTo(1);
        assertThat(buckets.tryConsume("a", twoPerSecondBurstThree)).isZero();
        assertThat(buckets.tryConsume("a", twoPerSecondBurstThree)).isEqualTo(-1);
        assertThat(buckets.tryConsume("b", twoPerSecondBurstThree)).as("another key, another bucket").isEqualTo(2);

        nanos.addAndGet(500_000_000L); // half a second at 2 tokens/s: one token
        assertThat(buckets.tryConsume("a", twoPerSecondBurstThree)).isZero();
        assertThat(buckets.tryConsume("a", twoPerSecondBurstThree)).isEqualTo(-1);

        nanos.addAndGet(60_000_000_000L); // never more than the burst
        assertThat(buckets.tryConsume("a", twoPerSecondBurstThree)).isEqualTo(2);
    }

    @Test
    void only_full_buckets_are_evicted() {
        buckets.tryConsume("a", twoPerSecondBurstThree);
        buckets.tryConsume("b", twoPerSecondBurstThree);
        buckets.tryConsume("b", twoPerSecondBurstThree);
        nanos.addAndGet(500_000_000L); // a is full again, b lacks one token

        buckets.evictFull();

        assertThat(buckets.size()).isEqualTo(1);
        assertThat(buckets.tryConsume("b", twoPerSecondBurstThree)).as("b kept its state").isEqualTo(1);
    }

    @Test
    void each_of_n_instances_gets_its_share_of_the_configured_limit_but_at_least_one_token() {
        assertThat(LocalTokenBuckets.Limit.share(10, 20, 1)).isEqualTo(new LocalTokenBuckets.Limit(10, 20));
        assertThat(LocalTokenBuckets.Limit.share(10, 20, 4)).isEqualTo(new LocalTokenBuckets.Limit(2.5, 5));
        assertThat(LocalTokenBuckets.Limit.share(1, 3, 4)).isEqualTo(new LocalTokenBuckets.Limit(1, 1));
        assertThat(LocalTokenBuckets.Limit.share(10, 20, 0)).isEqualTo(new LocalTokenBuckets.Limit(10, 20));
    }

    @Test
    void a_quota_of_a_few_a_minute_refills_one_token_per_period_share_while_redis_is_down() {
        // 6 a minute, burst 2, two gateway instances: each 3 a minute (one token every 20 s), burst 1
        LocalTokenBuckets.Limit share = LocalTokenBuckets.Limit.share(0.1, 2, 2);
        assertThat(share.burst()).isEqualTo(1);

        assertThat(buckets.tryConsume("citizen", share)).isZero();
        assertThat(buckets.tryConsume("citizen", share)).isEqualTo(-1);
        nanos.addAndGet(19_000_000_000L);
        assertThat(buckets.tryConsume("citizen", share)).as("19 s: not yet").isEqualTo(-1);
        nanos.addAndGet(1_000_000_000L);
        assertThat(buckets.tryConsume("citizen", share)).as("20 s: one token").isZero();
    }
}
