package org.citizenhub.hall.appointments.domain;

import java.util.Locale;

/**
 * The named rules a booking, cancellation or reschedule can be refused by. Each refusal reaches the citizen (or
 * the officer) as a problem detail of its own type with its reason in zh-CN and en.
 */
public enum BookingPolicy {
    /** 爽约限制: too many no-shows within the window block online booking for a while. Args: count, days, until. */
    NO_SHOWS_BLOCK_ONLINE_BOOKING,
    /** A citizen holds at most this many bookings not yet due. Args: the limit. */
    AT_MOST_N_ACTIVE_BOOKINGS,
    /** Online booking (and cancelling, rescheduling) closes this many minutes before the slot. Args: minutes. */
    BOOKING_CLOSES_BEFORE_THE_SLOT,
    /** One active booking per citizen per slot. */
    ONE_BOOKING_PER_CITIZEN_PER_SLOT,
    /** Never overbook: a slot with no seat left takes no booking. */
    NO_SEAT_LEFT_IN_THE_SLOT,
    /** A no-show is recorded once the slot has begun, not before. */
    NO_SHOW_ONLY_ONCE_THE_SLOT_HAS_BEGUN,
    /** Arrival is recorded on the slot's day with the citizen's check-in code. */
    ARRIVAL_ON_THE_DAY_WITH_THE_CHECK_IN_CODE,
    /** A booking is rescheduled to another slot. */
    RESCHEDULE_TO_ANOTHER_SLOT;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
