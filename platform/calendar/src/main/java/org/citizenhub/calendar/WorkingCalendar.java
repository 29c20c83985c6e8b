package org.citizenhub.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Working days of mainland China under the State Council's yearly holiday notices, for a contiguous range of
 * loaded years. Immutable and thread-safe; a new year makes a new calendar ({@link #with(HolidayNotice)}).
 *
 * <p>Every question is answered in constant time from two prefix tables built once: the number of working days
 * before each date, and the date of the k-th working day. There is no day-by-day loop, so a 15-working-day
 * deadline costs the same as a 3-day one.
 *
 * <p>A date outside the loaded years is refused with {@link YearNotLoadedException}; it is never guessed as
 * "weekends only".
 */
public final class WorkingCalendar {

    private static final DayKind[] KINDS = DayKind.values();

    private final SortedMap<Integer, HolidayNotice> notices;
    private final int firstYear;
    private final int lastYear;
    private final long firstEpochDay;
    private final byte[] kinds;
    private final String[] holidayNames;
    private final String[] holidayNamesEn;
    /** {@code workingBefore[i]}: working days on days {@code 0 .. i-1} of the range; one longer than the range. */
    private final int[] workingBefore;
    /** {@code workingDays[k]}: the day index of the k-th (0-based) working day of the range. */
    private final int[] workingDays;

    private WorkingCalendar(SortedMap<Integer, HolidayNotice> notices) {
        this.notices = notices;
        if (notices.isEmpty()) {
            firstYear = 0;
            lastYear = -1;
            firstEpochDay = 0;
            kinds = new byte[0];
            holidayNames = new String[0];
            holidayNamesEn = new String[0];
            workingBefore = new int[] {0};
            workingDays = new int[0];
            return;
        }
        firstYear = notices.firstKey();
        lastYear = notices.lastKey();
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        firstEpochDay = first.toEpochDay();
        int length = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - firstEpochDay + 1);
        kinds = new byte[length];
        holidayNames = new String[length];
        holidayNamesEn = new String[length];
        for (int i = 0; i < length; i++) {
            kinds[i] = (byte) (NoticeValidation.isWeekend(first.plusDays(i)) ? DayKind.WEEKEND : DayKind.WORKDAY)
                    .ordinal();
        }
        var violations = new ArrayList<ScheduleViolation>();
        int expectedYear = firstYear;
        for (var notice : notices.values()) {
            if (notice.year() != expectedYear) {
                violations.add(new ScheduleViolation("years-not-contiguous", "year",
                        "loaded years must follow each other: " + expectedYear + " is missing before "
                                + notice.year()));
            }
            expectedYear = notice.year() + 1;
        }
        byte[] setBy = new byte[length];
        int[] setByYear = new int[length];
        for (var notice : notices.values()) {
            for (var holiday : notice.holidays()) {
                for (LocalDate day : holiday.daysOff()) {
                    mark(day, DayKind.HOLIDAY, holiday, notice.year(), setBy, setByYear, violations);
                }
                for (LocalDate day : holiday.workdays()) {
                    mark(day, DayKind.MAKE_UP_WORKDAY, holiday, notice.year(), setBy, setByYear, violations);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidNoticeException(violations);
        }
        workingBefore = new int[length + 1];
        for (int i = 0; i < length; i++) {
            workingBefore[i + 1] = workingBefore[i] + (KINDS[kinds[i]].working() ? 1 : 0);
        }
        workingDays = new int[workingBefore[length]];
        for (int i = 0, k = 0; i < length; i++) {
            if (KINDS[kinds[i]].working()) {
                workingDays[k++] = i;
            }
        }
    }

    private void mark(LocalDate day, DayKind kind, HolidayNotice.Holiday holiday, int year, byte[] setBy,
                      int[] setByYear, List<ScheduleViolation> violations) {
        long index = day.toEpochDay() - firstEpochDay;
        if (index < 0 || index >= kinds.length) {
            return; // a New Year holiday reaching into a year that is not loaded: that year's own notice decides
        }
        int i = (int) index;
        if (setBy[i] != 0 && setBy[i] != kind.ordinal() + 1) {
            violations.add(new ScheduleViolation("conflicts-with-other-year", "holidays",
                    day + " is " + describe(kind) + " in the notice for " + year + " but "
                            + describe(KINDS[setBy[i] - 1]) + " in the notice for " + setByYear[i]));
            return;
        }
        setBy[i] = (byte) (kind.ordinal() + 1);
        setByYear[i] = year;
        kinds[i] = (byte) kind.ordinal();
        holidayNames[i] = holiday.name();
        holidayNamesEn[i] = holiday.nameEn();
    }

    private static String describe(DayKind kind) {
        return kind == DayKind.HOLIDAY ? "a day off" : "a make-up working day";
    }

    /** A calendar of the given notices, each checked with {@link NoticeValidation}; years must be contiguous. */
    public static WorkingCalendar of(Collection<HolidayNotice> notices) {
        var byYear = new TreeMap<Integer, HolidayNotice>();
        var violations = new ArrayList<ScheduleViolation>();
        for (var notice : notices) {
            violations.addAll(NoticeValidation.check(notice));
            if (byYear.put(notice.year(), notice) != null) {
                violations.add(new ScheduleViolation("year-listed-twice", "year",
                        "two notices for " + notice.year()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidNoticeException(violations);
        }
        return new WorkingCalendar(byYear);
    }

    /** No years loaded: every date question fails. */
    public static WorkingCalendar empty() {
        return new WorkingCalendar(new TreeMap<>());
    }

    /**
     * This calendar with the notice added, or replacing the loaded notice of its year. Refused with
     * {@link InvalidNoticeException} if the notice is unsound, leaves a gap between loaded years, or contradicts a
     * neighbouring year's notice; this calendar is unchanged either way.
     */
    public WorkingCalendar with(HolidayNotice notice) {
        NoticeValidation.requireValid(notice);
        var byYear = new TreeMap<>(notices);
        byYear.put(notice.year(), notice);
        return new WorkingCalendar(byYear);
    }

    public boolean isWorkingDay(LocalDate date) {
        int i = index(date);
        return workingBefore[i + 1] - workingBefore[i] == 1;
    }

    public CalendarDay day(LocalDate date) {
        int i = index(date);
        return new CalendarDay(date, KINDS[kinds[i]], holidayNames[i], holidayNamesEn[i]);
    }

    /** The first working day after {@code date} (never {@code date} itself). */
    public LocalDate nextWorkingDay(LocalDate date) {
        return nthWorkingDayAfter(date, 1);
    }

    /**
     * The n-th working day after {@code date}, not counting {@code date} itself: with n = 1 the next working day.
     * n = 0 gives {@code date}.
     */
    public LocalDate nthWorkingDayAfter(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if (n == 0) {
            index(date);
            return date;
        }
        int k = workingBefore[index(date) + 1] + n - 1;
        if (k >= workingDays.length) {
            throw notLoaded(lastYear + 1);
        }
        return LocalDate.ofEpochDay(firstEpochDay + workingDays[k]);
    }

    /**
     * {@code date} if it is a working day, else the first working day after it: where a period counted in calendar
     * days ends when its last day is a rest day (民法典 第二百零三条).
     */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        int k = workingBefore[index(date)];
        if (k >= workingDays.length) {
            throw notLoaded(lastYear + 1);
        }
        return LocalDate.ofEpochDay(firstEpochDay + workingDays[k]);
    }

    /**
     * Working days after {@code from} up to and including {@code to}: 0 for the same day, 1 from a Friday to the
     * next Monday, negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return workingBefore[index(to) + 1] - workingBefore[index(from) + 1];
    }

    /** Working days strictly before {@code date}, counted from the first loaded day (an ordinal for arithmetic). */
    int workingDaysBefore(LocalDate date) {
        return workingBefore[index(date)];
    }

    /** The working day with the given 0-based ordinal (see {@link #workingDaysBefore}). */
    LocalDate workingDay(int ordinal) {
        if (ordinal < 0) {
            throw notLoaded(firstYear - 1);
        }
        if (ordinal >= workingDays.length) {
            throw notLoaded(lastYear + 1);
        }
        return LocalDate.ofEpochDay(firstEpochDay + workingDays[ordinal]);
    }

    /** The loaded years, ascending. */
    public List<Integer> loadedYears() {
        return List.copyOf(notices.keySet());
    }

    public boolean covers(int year) {
        return notices.containsKey(year);
    }

    public Optional<HolidayNotice> notice(int year) {
        return Optional.ofNullable(notices.get(year));
    }

    public List<HolidayNotice> notices() {
        return List.copyOf(notices.values());
    }

    private int index(LocalDate date) {
        long i = date.toEpochDay() - firstEpochDay;
        if (i < 0 || i >= kinds.length) {
            throw notLoaded(date.getYear());
        }
        return (int) i;
    }

    private YearNotLoadedException notLoaded(int year) {
        return new YearNotLoadedException(year, notices.isEmpty() ? "none" : firstYear + "–" + lastYear);
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + (notices.isEmpty() ? "empty" : firstYear + "–" + lastYear) + "]";
    }
}
