/**
 * The rules of appointments (预约), free of Spring, SQL and HTTP: a window's daily schedule and the slots it makes
 * on working days, the booking aggregate and its states, and the per-citizen limits as named policies.
 */
package org.citizenhub.hall.appointments.domain;
