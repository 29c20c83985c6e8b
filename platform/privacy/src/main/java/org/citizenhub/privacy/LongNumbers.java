package org.citizenhub.privacy;

import static org.citizenhub.privacy.Chars.isAllDigits;
import static org.citizenhub.privacy.Chars.isAsciiDigit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The long runs of digits that ID numbers and bank cards share: plain ({@code 110105199003071234}) or written in
 * groups ({@code 110105 19900307 123X}, {@code 6222 0212 3456 7890 123}), and what makes one an ID number.
 */
final class LongNumbers {

    private static final Pattern PLAIN = Pattern.compile("(?<![0-9])[0-9]{15,19}[Xx]?(?![0-9])");

    private static final Pattern GROUPED =
            Pattern.compile("(?<![0-9])[0-9]{3,8}(?:[ -][0-9]{3,8}){1,4}[Xx]?(?![0-9])");

    /** A candidate: its span, its characters without separators, and whether it was written in groups. */
    record Candidate(int start, int end, String number, boolean grouped) {}

    interface OnCandidate {
        void accept(Candidate candidate);
    }

    private LongNumbers() {
    }

    /** Every plain candidate, then every grouped one, each still free on {@code scan}. */
    static void each(Scan scan, OnCandidate onCandidate) {
        scan.eachMatch(PLAIN, scan::startsNumber, m -> candidate(scan, m.start(), m.end(), false, onCandidate));
        scan.eachMatch(GROUPED, scan::startsNumber, m -> candidate(scan, m.start(), m.end(), true, onCandidate));
    }

    private static void candidate(Scan scan, int start, int end, boolean grouped, OnCandidate onCandidate) {
        if (!scan.free(start, end)) {
            return;
        }
        String s = scan.text();
        char[] chars = new char[end - start];
        int length = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '-') {
                chars[length++] = c;
            }
        }
        onCandidate.accept(new Candidate(start, end, new String(chars, 0, length), grouped));
    }

    /**
     * 18 characters (17 digits + digit or X) with a real birth date at positions 7–14, or 15 digits with a real
     * {@code YYMMDD} (19YY); an 18-character number ending in X with an impossible date still counts when its
     * ISO 7064 MOD 11-2 check character is right. The checksum is otherwise not required: citizens mistype.
     */
    static boolean isIdNumber(String number) {
        if (number.length() == 15 && isAllDigits(number)) {
            return number.charAt(0) != '0' && isDate(1900 + Integer.parseInt(number.substring(6, 8)),
                    number.substring(8, 10), number.substring(10, 12));
        }
        if (number.length() != 18 || !isAllDigits(number.substring(0, 17)) || number.charAt(0) == '0') {
            return false;
        }
        char check = Character.toUpperCase(number.charAt(17));
        if (check != 'X' && !isAsciiDigit(check)) {
            return false;
        }
        int year = Integer.parseInt(number.substring(6, 10));
        boolean plausibleDate = year >= 1900 && year <= 2099
                && isDate(year, number.substring(10, 12), number.substring(12, 14));
        return plausibleDate || check == 'X' && checkCharacter(number) == 'X';
    }

    /** ISO 7064 MOD 11-2, as GB 11643 uses it. */
    private static char checkCharacter(String number) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    private static boolean isDate(int year, String month, String day) {
        try {
            LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
