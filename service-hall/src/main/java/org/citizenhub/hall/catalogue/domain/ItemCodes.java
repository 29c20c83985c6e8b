package org.citizenhub.hall.catalogue.domain;

import java.util.regex.Pattern;

/**
 * An item's codes after GB/T 39554.1: the 基本编码 names the item nationally (twelve digits), the 实施编码 names its
 * implementation by one body: the body's 统一社会信用代码 (18 characters, GB 32100 alphabet), the 基本编码, and a
 * one-digit serial for several implementations of the same item by the same body. The credit code's check
 * character is not verified here (the applications feature validates applicants' codes).
 */
public record ItemCodes(String basicCode, String implementationCode) {

    private static final Pattern BASIC = Pattern.compile("[0-9]{12}");
    private static final Pattern IMPLEMENTATION = Pattern.compile(
            "[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}[0-9]{12}[0-9]");

    public ItemCodes {
        if (basicCode == null || !BASIC.matcher(basicCode).matches()) {
            throw new CatalogueRefusal(CatalogueRule.BASIC_CODE_MALFORMED, String.valueOf(basicCode));
        }
        if (implementationCode == null || !IMPLEMENTATION.matcher(implementationCode).matches()) {
            throw new CatalogueRefusal(CatalogueRule.IMPLEMENTATION_CODE_MALFORMED,
                    String.valueOf(implementationCode));
        }
        if (!implementationCode.substring(18, 30).equals(basicCode)) {
            throw new CatalogueRefusal(CatalogueRule.IMPLEMENTATION_CODE_WITHOUT_ITS_BASIC_CODE, implementationCode,
                    basicCode);
        }
    }

    /** Whether the text has the shape of an 实施编码 (for path variables: anything else is simply not found). */
    public static boolean looksLikeImplementationCode(String text) {
        return text != null && IMPLEMENTATION.matcher(text).matches();
    }
}
