package org.citizenhub.calendar;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The notices shipped with the platform ({@code org/citizenhub/calendar/notices/<year>.json}), reviewed against
 * the State Council's published text. Years published after a release are loaded by an administrator.
 */
public final class BundledNotices {

    static final String LOCATION = "org/citizenhub/calendar/notices/";

    private BundledNotices() {
    }

    public static List<HolidayNotice> all() {
        var found = new ArrayList<HolidayNotice>();
        ClassLoader loader = BundledNotices.class.getClassLoader();
        for (int year = NoticeValidation.FIRST_YEAR; year <= NoticeValidation.LAST_YEAR; year++) {
            InputStream file = loader.getResourceAsStream(LOCATION + year + ".json");
            if (file != null) {
                found.add(HolidayNoticeJson.read(file));
            }
        }
        return found;
    }

    /** A calendar of the bundled notices. */
    public static WorkingCalendar calendar() {
        return WorkingCalendar.of(all());
    }
}
