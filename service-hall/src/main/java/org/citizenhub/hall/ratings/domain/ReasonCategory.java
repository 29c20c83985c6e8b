package org.citizenhub.hall.ratings.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a rating is below 满意: the 差评 contents of GB/T 39734—2020 Annex A grouped into six fixed categories (the
 * export's evalDetail). {@code code} is what the API takes and the export writes.
 */
public enum ReasonCategory {
    INEFFICIENT("inefficient", "办事效率低"),
    POOR_ATTITUDE("poor-attitude", "服务态度差"),
    UNCLEAR_MATERIALS("unclear-materials", "材料要求不明确"),
    REPEATED_VISITS("repeated-visits", "多次跑动"),
    SYSTEM_FAILURE("system-failure", "系统故障"),
    OTHER("other", "其他");

    private final String code;
    private final String label;

    ReasonCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ReasonCategory> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
