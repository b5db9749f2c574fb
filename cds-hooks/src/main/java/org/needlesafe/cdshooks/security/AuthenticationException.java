package org.needlesafe.cdshooks.security;

/** The request's JWT is missing or not acceptable; the message says why, without echoing the token. */
public final class AuthenticationException extends RuntimeException {
    public AuthenticationException(String message) {
        super(message, null, false, false);
    }
}
