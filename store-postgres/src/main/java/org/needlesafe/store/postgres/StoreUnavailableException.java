package org.needlesafe.store.postgres;

/** The database could not be reached or refused the write: nothing was stored. */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
