package org.citizenhub.hall.appointments;

import java.util.Locale;

import org.citizenhub.hall.appointments.domain.BookingPolicy;
import org.citizenhub.hall.appointments.domain.BookingStateException;
import org.citizenhub.hall.appointments.domain.Refusal;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.problem.ProblemType;

/**
 * The refusals of appointments, texts in zh-CN and en in {@value #BUNDLE}. The policies of
 * {@link BookingPolicy} each have their own type, named as the policy.
 */
public enum AppointmentProblem implements ProblemType {

    HALL_NOT_FOUND(404),
    WINDOW_NOT_FOUND(404),
    SLOT_NOT_FOUND(404),
    APPOINTMENT_NOT_FOUND(404),
    /** arg: the department */
    HALL_DEPARTMENT_UNKNOWN(400),
    /** arg: what is wrong */
    INVALID_SCHEDULE(400),
    /** arg: the missing field */
    INVALID_CONTACT(400),
    /** arg: the booking's state */
    APPOINTMENT_NOT_IN_STATE(409),
    NO_SHOWS_BLOCK_ONLINE_BOOKING(403),
    AT_MOST_N_ACTIVE_BOOKINGS(409),
    BOOKING_CLOSES_BEFORE_THE_SLOT(409),
    ONE_BOOKING_PER_CITIZEN_PER_SLOT(409),
    NO_SEAT_LEFT_IN_THE_SLOT(409),
    NO_SHOW_ONLY_ONCE_THE_SLOT_HAS_BEGUN(409),
    ARRIVAL_ON_THE_DAY_WITH_THE_CHECK_IN_CODE(409),
    RESCHEDULE_TO_ANOTHER_SLOT(400);

    static final String BUNDLE = "org.citizenhub.hall.appointments.problems";

    private final int status;

    AppointmentProblem(int status) {
        this.status = status;
    }

    @Override
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }

    static HubProblem refused(Refusal refusal) {
        return new HubProblem(valueOf(refusal.policy().name()), refusal.args());
    }

    static HubProblem notInState(BookingStateException e) {
        return new HubProblem(APPOINTMENT_NOT_IN_STATE, e.status().name());
    }
}
