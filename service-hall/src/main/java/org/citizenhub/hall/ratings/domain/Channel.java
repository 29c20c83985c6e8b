package org.citizenhub.hall.ratings.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where the rating was given, with the national exchange's {@code pf} code (评价渠道): 1 PC, 2 mobile app,
 * 3 QR code, 4 the hall's tablet at the window, 5 another terminal in the hall, 6 telephone, 7 SMS.
 */
public enum Channel {
    PC("pc", 1),
    APP("app", 2),
    QR("qr", 3),
    WINDOW("window", 4),
    TERMINAL("terminal", 5),
    PHONE("phone", 6),
    SMS("sms", 7);

    private final String code;
    private final int pf;

    Channel(String code, int pf) {
        this.code = code;
        this.pf = pf;
    }

    public String code() {
        return code;
    }

    public int pf() {
        return pf;
    }

    public static Optional<Channel> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
