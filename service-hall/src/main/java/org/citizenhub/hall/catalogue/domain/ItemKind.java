package org.citizenhub.hall.catalogue.domain;

/** The kind of power or service an item exercises (事项类型), as the national catalogue names them. */
public enum ItemKind {
    ADMINISTRATIVE_LICENSING("行政许可", "Administrative licensing"),
    ADMINISTRATIVE_BENEFIT("行政给付", "Administrative benefit"),
    ADMINISTRATIVE_CONFIRMATION("行政确认", "Administrative confirmation"),
    ADMINISTRATIVE_ADJUDICATION("行政裁决", "Administrative adjudication"),
    ADMINISTRATIVE_LEVY("行政征收", "Administrative levy"),
    ADMINISTRATIVE_REWARD("行政奖励", "Administrative reward"),
    OTHER_ADMINISTRATIVE_POWER("其他行政权力", "Other administrative power"),
    PUBLIC_SERVICE("公共服务", "Public service");

    private final String zh;
    private final String en;

    ItemKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
