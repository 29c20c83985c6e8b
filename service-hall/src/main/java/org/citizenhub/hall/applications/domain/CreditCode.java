package org.citizenhub.hall.applications.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * A 统一社会信用代码 (unified social credit code, GB 32100-2015) of a legal person applying: 18 characters from the
 * code's 31-character alphabet (digits and capital letters without I, O, Z, S, V) — registration authority, entity
 * type, 6-digit administrative division, 9-character organisation code — and a check character computed over the
 * first 17 with the standard's weights. A mistyped character is caught by the check character.
 */
public record CreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a unified social credit code");
        }
    }

    /** The code, upper-cased and stripped, if it is one. */
    public static Optional<CreditCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        return isValid(code) ? Optional.of(new CreditCode(code)) : Optional.empty();
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int index = ALPHABET.indexOf(code.charAt(i));
            if (index < 0) {
                return false;
            }
            sum += index * WEIGHTS[i];
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false; // the administrative division code is numeric
            }
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == ALPHABET.charAt(check);
    }

    /** The 6-digit administrative division (行政区划代码) the entity was registered in. */
    public String division() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
