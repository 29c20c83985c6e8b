package org.citizenhub.privacy;

import static org.citizenhub.privacy.Chars.isAsciiDigit;
import static org.citizenhub.privacy.Chars.isAsciiLetterOrDigit;

import java.util.regex.Pattern;

import org.citizenhub.privacy.PersonalDataMasker.Kind;

/** See {@link Detectors#licencePlate()}. */
final class LicencePlateDetector implements Detector {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    /** Plate letters leave out I and O (they read as 1 and 0). */
    private static final String LETTER = "A-HJ-NP-Za-hj-np-z";

    private static final Pattern PLATE = Pattern.compile("[" + PROVINCES + "][" + LETTER + "]"
            + "(?<separator>[ \u00B7\u30FB\u2022\u2027])?"
            + "(?<serial>"
            + "[A-HJKa-hjk][" + LETTER + "0-9][0-9]{4}" // new energy, small: 粤BD12345, 沪AF12345
            + "|[0-9]{5}[DFdf]" // new energy, large: 粤B12345D
            + "|[" + LETTER + "0-9]{5}" // ordinary: 京A12345, 京A·D1234
            + "|[" + LETTER + "0-9]{4}[挂学警港澳领试超]" // with a type character: 粤B1234学
            + ")(?![0-9A-Za-z])");

    @Override
    public Kind kind() {
        return Kind.LICENCE_PLATE;
    }

    @Override
    public void detect(Scan scan) {
        String s = scan.text();
        scan.eachMatch(PLATE, i -> PROVINCES.indexOf(s.charAt(i)) >= 0, m -> {
            int from = m.start("serial");
            int to = m.end("serial");
            if (digits(s, from, to) >= 3 && scan.free(m.start(), m.end())) {
                scan.claim(m.start(), m.end(), scan.starred(m.start(), m.end(),
                        i -> i >= from && isAsciiLetterOrDigit(s.charAt(i))));
            }
        });
    }

    /** Serial numbers hold at most two letters; a word such as 京ABCDE is not a plate. */
    private static int digits(String s, int from, int to) {
        int digits = 0;
        for (int i = from; i < to; i++) {
            if (isAsciiDigit(s.charAt(i))) {
                digits++;
            }
        }
        return digits;
    }

    @Override
    public String toString() {
        return "licencePlate";
    }
}
