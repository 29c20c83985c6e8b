package org.citizenhub.consultation.open311;

/**
 * An error as GeoReport v2 answers it: the HTTP status repeated as {@code code} and a {@code description}, sent as a
 * one-element JSON array {@code [{"code":400,"description":"..."}]} (not problem+json: Open311 clients parse this).
 */
public final class Open311Error extends RuntimeException {

    public record Body(int code, String description) {
    }

    private final int status;

    public Open311Error(int status, String description) {
        super(description);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public Body body() {
        return new Body(status, getMessage());
    }
}
