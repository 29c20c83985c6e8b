package org.citizenhub.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How moments become working time: the zone dates are read in and the office hours of a working day.
 *
 * <ul>
 *   <li>Something received on a working day before the office closes is received that day; received on a
 *   non-working day or after closing, it is received on the next working day.</li>
 *   <li>The count starts on the working day after the day of receipt: "3 working days" are the next three.</li>
 *   <li>A deadline falls when the office closes on the last counted working day.</li>
 *   <li>Time remaining is working time: only office hours of working days pass.</li>
 * </ul>
 */
public record CountingPolicy(ZoneId zone, LocalTime officeOpens, LocalTime officeCloses) {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final CountingPolicy DEFAULT =
            new CountingPolicy(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(17, 0));

    public CountingPolicy {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(officeOpens, "officeOpens");
        Objects.requireNonNull(officeCloses, "officeCloses");
        if (!officeOpens.isBefore(officeCloses)) {
            throw new IllegalArgumentException("The office must open (" + officeOpens + ") before it closes ("
                    + officeCloses + ")");
        }
        if (officeOpens.getNano() != 0 || officeCloses.getNano() != 0) {
            throw new IllegalArgumentException("Office hours are whole seconds");
        }
    }

    /** The length of one working day's office hours. */
    public Duration workingDay() {
        return Duration.between(officeOpens, officeCloses);
    }

    long workingDaySeconds() {
        return workingDay().toSeconds();
    }
}
