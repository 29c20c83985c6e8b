package org.citizenhub.gateway.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizenhub.gateway.streams.StreamSlots.Refusal;
import org.junit.jupiter.api.Test;

class StreamSlotsTest {

    @Test
    void a_client_beyond_its_own_limit_is_refused_while_another_client_still_gets_a_slot() {
        StreamSlots slots = new StreamSlots(10, 2);

        assertThat(slots.tryAcquire("10.0.0.1")).isEmpty();
        assertThat(slots.tryAcquire("10.0.0.1")).isEmpty();

        assertThat(slots.tryAcquire("10.0.0.1")).contains(Refusal.CLIENT_FULL);
        assertThat(slots.tryAcquire("10.0.0.2")).isEmpty();
        assertThat(slots.open()).isEqualTo(3);
    }

    @Test
    void the_instance_limit_refuses_every_client_until_a_stream_ends() {
        StreamSlots slots = new StreamSlots(2, 2);
        slots.tryAcquire("a");
        slots.tryAcquire("b");

        assertThat(slots.tryAcquire("c")).contains(Refusal.INSTANCE_FULL);

        slots.release("a");
        assertThat(slots.tryAcquire("c")).isEmpty();
    }

    @Test
    void a_client_whose_streams_all_ended_is_forgotten() {
        StreamSlots slots = new StreamSlots(5, 5);
        slots.tryAcquire("a");
        slots.tryAcquire("a");

        slots.release("a");
        slots.release("a");

        assertThat(slots.clients()).isZero();
        assertThat(slots.open()).isZero();
        assertThatThrownBy(() -> slots.release("a")).isInstanceOf(IllegalStateException.class);
    }
}
