package org.citizenhub.privacy;

import static org.citizenhub.privacy.Chars.isAsciiDigit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citizenhub.privacy.PersonalDataMasker.Kind;

/** See {@link Detectors#landline()}. */
final class LandlineDetector implements Detector {

    private static final String AREA_CODE = "0(?:10|2[0-9]|[3-9][0-9]{2})";

    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])(?:\\(" + AREA_CODE + "\\)|" + AREA_CODE
            + ")[ -]?([1-9][0-9]{2,3}[ -]?[0-9]{4})(?: ?(?:-|转|分机|(?i:ext)\\.?) ?([0-9]{1,6}))?(?![0-9])");

    private static final Pattern LOCAL_LANDLINE = Pattern
            .compile("(?:电话|座机|固话|(?i:tel))(?:号码)? ?:? ?([1-9][0-9]{2,3}[ -]?[0-9]{4})(?![0-9])");

    @Override
    public Kind kind() {
        return Kind.LANDLINE;
    }

    @Override
    public void detect(Scan scan) {
        String s = scan.text();
        scan.eachMatch(LANDLINE, i -> (s.charAt(i) == '0' || s.charAt(i) == '(') && !scan.digitAt(i - 1),
                m -> landline(scan, m, true));
        scan.eachMatch(LOCAL_LANDLINE, i -> "电座固Tt".indexOf(s.charAt(i)) >= 0, m -> landline(scan, m, false));
    }

    private static void landline(Scan scan, Matcher m, boolean withAreaCode) {
        String s = scan.text();
        int start = withAreaCode ? m.start() : m.start(1);
        int end = withAreaCode ? m.end() : m.end(1);
        if (!scan.free(start, end)) {
            return;
        }
        int localStart = m.start(1);
        int localStarredUntil = digitsFrom(s, localStart, m.end(1), 4);
        int extStart = withAreaCode && m.group(2) != null ? m.start(2) : end;
        scan.claim(start, end, scan.starred(start, end, i -> isAsciiDigit(s.charAt(i))
                && (i >= localStart && i < localStarredUntil || i >= extStart)));
    }

    /** The index just after the first {@code count} digits from {@code start}. */
    private static int digitsFrom(String s, int start, int end, int count) {
        int seen = 0;
        for (int i = start; i < end; i++) {
            if (isAsciiDigit(s.charAt(i)) && ++seen == count) {
                return i + 1;
            }
        }
        return end;
    }

    @Override
    public String toString() {
        return "landline";
    }
}
