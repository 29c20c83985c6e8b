package org.citizenhub.hall.ratings.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five levels of 国办发〔2019〕51号 and GB/T 39734, with the national exchange's value 5..1. 基本满意 counts as a
 * good rating (好评) but still asks for reasons; 不满意 and 非常不满意 are bad ratings (差评), which open a rectification.
 */
public enum Satisfaction {
    VERY_SATISFIED(5, "非常满意"),
    SATISFIED(4, "满意"),
    BASICALLY_SATISFIED(3, "基本满意"),
    UNSATISFIED(2, "不满意"),
    VERY_UNSATISFIED(1, "非常不满意");

    private final int level;
    private final String label;

    Satisfaction(int level, String label) {
        this.level = level;
        this.label = label;
    }

    public int level() {
        return level;
    }

    public String label() {
        return label;
    }

    /** Below 满意: the rater must say why (reasons and text). */
    public boolean belowSatisfied() {
        return level < SATISFIED.level;
    }

    /** 差评: 不满意 or 非常不满意. */
    public boolean bad() {
        return level <= UNSATISFIED.level;
    }

    public static Optional<Satisfaction> ofLevel(int level) {
        return Arrays.stream(values()).filter(s -> s.level == level).findFirst();
    }
}
