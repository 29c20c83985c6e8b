package org.citizenhub.privacy;

import java.util.Locale;
import java.util.regex.Pattern;

import org.citizenhub.privacy.PersonalDataMasker.Kind;

/** See {@link Detectors#unifiedSocialCreditCode()}. */
final class UnifiedSocialCreditCodeDetector implements Detector {

    /** GB 32100-2015 code characters: digits and upper-case letters without I, O, S, V, Z; the index is the value. */
    static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final String CODE_CHARACTER = "[0-9A-HJ-NP-RTUWXYa-hj-np-rtuwxy]";

    /**
     * Registration authority ({@code 1}–{@code 9}, {@code A}, {@code N}, {@code Y}), kind of organisation
     * ({@code 1}–{@code 9}), a 6-digit administrative division, a 9-character organisation code, a check character.
     */
    private static final Pattern CODE = Pattern.compile("(?<![0-9A-Za-z])[1-9ANYany][1-9][0-9]{6}" + CODE_CHARACTER
            + "{10}(?![0-9A-Za-z])");

    private static final int KEPT = 8;

    @Override
    public Kind kind() {
        return Kind.UNIFIED_SOCIAL_CREDIT_CODE;
    }

    @Override
    public void detect(Scan scan) {
        String s = scan.text();
        scan.eachMatch(CODE, i -> "123456789ANYany".indexOf(s.charAt(i)) >= 0 && !scan.letterAt(i - 1)
                && !scan.digitAt(i - 1), m -> {
                    String code = m.group().toUpperCase(Locale.ROOT);
                    // a resident ID number passes the mod-31 check once in 31; it is the ID detector's, masked harder
                    if (isValid(code) && !LongNumbers.isIdNumber(code) && scan.free(m.start(), m.end())) {
                        int keepUntil = m.start() + KEPT;
                        scan.claim(m.start(), m.end(), scan.starred(m.start(), m.end(), i -> i >= keepUntil));
                    }
                });
    }

    /** Whether the 18th character is the check character GB 32100-2015 computes from the first 17. */
    static boolean isValid(String code) {
        if (code.length() != 18) {
            return false;
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            int value = CODE_CHARACTERS.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * weight;
            weight = weight * 3 % 31;
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == CODE_CHARACTERS.charAt(check);
    }

    @Override
    public String toString() {
        return "unifiedSocialCreditCode";
    }
}
