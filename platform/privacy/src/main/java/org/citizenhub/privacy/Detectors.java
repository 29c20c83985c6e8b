package org.citizenhub.privacy;

import java.util.List;

/**
 * The detectors the library offers. {@link #standard()} lists those of {@link PersonalDataMasker#standard()}, in
 * their order; {@link #unifiedSocialCreditCode()} and {@link #licencePlate()} are offered for the services that need
 * them (the service hall) and are not in the standard set. Every detector here is stateless and may be shared.
 *
 * <p>Each detector reads the folded text ({@link Scan#text()}: full-width digits, letters and punctuation count as
 * ASCII), masks in place on the original with an ASCII {@code *} per masked character, and never claims what an
 * earlier detector claimed.
 */
public final class Detectors {

    private static final Detector EMAIL = new EmailDetector();
    private static final Detector ID_NUMBER = new IdNumberDetector();
    private static final Detector BANK_CARD = new BankCardDetector();
    private static final Detector MOBILE = new MobileDetector();
    private static final Detector LANDLINE = new LandlineDetector();
    private static final Detector NAME = new NameDetector();
    private static final Detector ADDRESS = new AddressDetector();
    private static final Detector UNIFIED_SOCIAL_CREDIT_CODE = new UnifiedSocialCreditCodeDetector();
    private static final Detector LICENCE_PLATE = new LicencePlateDetector();

    private Detectors() {
    }

    /** E-mail, ID number, bank card, mobile, landline, name, address: the order of {@link PersonalDataMasker#standard()}. */
    public static List<Detector> standard() {
        return List.of(EMAIL, ID_NUMBER, BANK_CARD, MOBILE, LANDLINE, NAME, ADDRESS);
    }

    /**
     * {@code local@domain.tld} (a TLD of two or more letters). Masked as the first character of the local part +
     * {@code ***}, the domain kept: {@code zhang.san@example.com} → {@code z***@example.com} (the only rule that
     * changes the length of the text).
     */
    public static Detector email() {
        return EMAIL;
    }

    /**
     * Resident ID numbers: 18 characters (17 digits + digit or {@code X}/{@code x}) with a real birth date
     * {@code YYYYMMDD} (1900–2099) at positions 7–14, or 15 digits with a real {@code YYMMDD} (19YY) at positions
     * 7–12; an 18-character number ending in X whose date is impossible still counts when its ISO 7064 MOD 11-2 check
     * character is right. The checksum is otherwise not required: citizens mistype. Also written in groups
     * ({@code 110105 19900307 123X}). Masked with the first and last character kept, every other digit starred and
     * separators kept: {@code 110105199003071234} → {@code 1****************4}.
     */
    public static Detector idNumber() {
        return ID_NUMBER;
    }

    /**
     * Any stand-alone run of 16–19 digits that is not an ID number, plain or in groups of four separated by single
     * spaces or hyphens ({@code 6222 0212 3456 7890 123}): bank cards and similar account numbers; never when glued to
     * a letter (tracking numbers such as {@code ML20260213000001}). Masked with the last four digits kept:
     * {@code 6222021234567890} → {@code ************7890}.
     */
    public static Detector bankCard() {
        return BANK_CARD;
    }

    /**
     * Mobiles: 11 digits starting {@code 1[3-9]}, optionally grouped 3-4-4 by a space or hyphen, optionally after
     * {@code +86}, {@code 0086}, {@code 86}, {@code (+86)} or a long-distance {@code 0}. Masked with the first three and
     * last four digits kept: {@code +86 138 0013 8000} → {@code +86 138 **** 8000}.
     */
    public static Detector mobile() {
        return MOBILE;
    }

    /**
     * Landlines: area code ({@code 010}, {@code 02x}, {@code 0xxx}, optionally in parentheses) + 7–8 digit local
     * number, optional extension after {@code -}, {@code 转}, {@code 分机} or {@code ext}; or a 7–8 digit local number
     * right after 电话/座机/固话/tel. Masked with the area code kept, the first four digits of the local number and the
     * whole extension starred: {@code 010-12345678-123} → {@code 010-****5678-***}.
     */
    public static Detector landline() {
        return LANDLINE;
    }

    /**
     * Names: every occurrence of each name given with the call (two or more characters; ASCII letters compared
     * ignoring case), and names introduced in the text: after 我叫/名叫 (name must start with a common surname), after
     * 姓名/联系人/来信人/写信人/反映人/投诉人/举报人/申请人/署名/签名 with a colon (any two to four Han characters) or
     * without (surname needed), and after 我是/本人/本人是 only when a surname-led two-to-three character name is
     * followed by punctuation, a space or the end ({@code 我是李四，}) and does not end like a role or an origin
     * (人 员 户 者 属 工 师 主 生). A name introduced once is masked everywhere in the text. Masked as the first character
     * + one {@code *} per further character: {@code 张三} → {@code 张*}, {@code 欧阳娜娜} → {@code 欧***}.
     */
    public static Detector name() {
        return NAME;
    }

    /**
     * House, building, unit, floor and room numbers after a road, street or compound word (路 街 道 巷 弄 里 村 屯 庄
     * 区 苑 园 院 城 府 湾 厦 寓 墅 阁 居 庭 坊 镇 乡 楼 场 塔, 胡同 宿舍 中心), or after such a number, or self-anchoring
     * (号楼 号院 单元 幢, {@code A座}); chains joined by a compound name make one finding. The numbers are starred, the
     * words kept: {@code 建国路88号SOHO现代城5号楼2单元1203室} → {@code 建国路**号SOHO现代城*号楼*单元****室}.
     */
    public static Detector address() {
        return ADDRESS;
    }

    /**
     * 统一社会信用代码 (GB 32100-2015): 18 characters, registration authority ({@code 1}–{@code 9}, {@code A},
     * {@code N}, {@code Y}), kind ({@code 1}–{@code 9}), 6-digit administrative division, 9-character organisation
     * code and a check character, all from the code's 31 characters (digits and upper-case letters without I O S V Z;
     * lower case accepted), not glued to other letters or digits, and only when the check character is the one the
     * standard's weighted mod-31 sum gives (weights 3<sup>i</sup> mod 31), so a random 18-character string is not
     * taken. An 18-character run that is also a resident ID number is left to the ID detector.
     *
     * <p>Masked by keeping the first 8 characters (authority, kind and division: which kind of body, registered
     * where) and starring the organisation code and check character:
     * {@code 91350100M000100Y43} → {@code 91350100**********}.
     *
     * <p>Place it before the ID-number detector so that an all-digit code is not taken for a bank card:
     * {@code standard().withBefore(Kind.ID_NUMBER, Detectors.unifiedSocialCreditCode())}.
     */
    public static Detector unifiedSocialCreditCode() {
        return UNIFIED_SOCIAL_CREDIT_CODE;
    }

    /**
     * Chinese licence plates (GA 36-2018): a province's character (京 津 沪 渝 冀 豫 云 辽 黑 湘 皖 鲁 新 苏 浙 赣 鄂 桂 甘
     * 晋 蒙 陕 吉 闽 贵 粤 青 藏 川 宁 琼), the issuing office's letter, an optional middle dot ({@code ·}, {@code ・},
     * {@code •}) or space, then a serial: ordinary, 5 letters or digits with at most two letters ({@code 京A12345},
     * {@code 粤B·12345}, {@code 京A·D1234}), or 4 and a type character ({@code 粤B1234学}, 挂 警 港 澳 领 试 超); new
     * energy, 6 characters: {@code D}/{@code F} (or another of A–K) + letter or digit + 4 digits ({@code 粤BD12345},
     * {@code 沪AF12345}), or 5 digits + {@code D}/{@code F} ({@code 粤B12345D}). Letters I and O never occur;
     * lower case is accepted; the serial must not run on into further letters or digits.
     *
     * <p>Masked by keeping the province and office ({@code 粤B}: where the car is registered, shared by millions) and the
     * separator and type character, and starring every letter and digit of the serial: {@code 京A12345} →
     * {@code 京A*****}, {@code 粤B·12345} → {@code 粤B·*****}, {@code 粤BD12345} → {@code 粤B******}.
     */
    public static Detector licencePlate() {
        return LICENCE_PLATE;
    }
}
