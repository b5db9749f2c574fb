package org.needlesafe.cdshooks;

/**
 * A request the service refuses, with the HTTP status and a message for the caller. The message names the field
 * and the problem; it never echoes patient data.
 */
public final class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }
}
