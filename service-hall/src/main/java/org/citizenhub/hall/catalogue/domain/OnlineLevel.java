package org.citizenhub.hall.catalogue.domain;

/** How far an item can be done online (网办深度). */
public enum OnlineLevel {
    /** 全程网办: applied for, decided and delivered without a visit. */
    FULLY_ONLINE("全程网办"),
    /** 网上预审 + 窗口: the window reviews online first, the applicant comes once with the originals. */
    ONLINE_PRE_REVIEW("网上预审+窗口办理"),
    /** 窗口办理 only. */
    WINDOW_ONLY("窗口办理");

    private final String zh;

    OnlineLevel(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
