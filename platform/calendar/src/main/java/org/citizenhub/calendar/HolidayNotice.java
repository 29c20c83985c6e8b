package org.citizenhub.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One year's State Council notice on public holidays (国务院办公厅关于 N 年部分节假日安排的通知), as published:
 * each holiday's days off and the weekend days worked in exchange (调休上班). Later amendments, such as the
 * 2020 extension of the Spring Festival, are applied to the dates and recorded in {@link #amendments()}.
 *
 * <p>This is data as read; {@link NoticeValidation} decides whether it is sound.
 */
public record HolidayNotice(int year, String notice, String title, LocalDate published,
                            List<Amendment> amendments, List<Holiday> holidays) {

    public HolidayNotice {
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /** One holiday of the notice: the days off {@code from}–{@code to} (inclusive) and the make-up working days. */
    public record Holiday(String name, String nameEn, LocalDate from, LocalDate to, List<LocalDate> workdays,
                          String note) {

        public Holiday {
            workdays = workdays == null ? List.of() : List.copyOf(workdays);
        }

        /** The days off, in order; empty if the range is reversed or incomplete. */
        public List<LocalDate> daysOff() {
            if (from == null || to == null || to.isBefore(from)) {
                return List.of();
            }
            return from.datesUntil(to.plusDays(1)).toList();
        }
    }

    /** A later notice that changed this one. */
    public record Amendment(String notice, String title, LocalDate published, String summary) {
    }

    public String displayName() {
        return Objects.requireNonNullElse(title, "") + "（" + Objects.requireNonNullElse(notice, "") + "）";
    }
}
