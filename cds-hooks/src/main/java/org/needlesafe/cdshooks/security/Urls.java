package org.needlesafe.cdshooks.security;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** Where the service may send requests: HTTPS anywhere, plain HTTP only to this machine (development and tests). */
public final class Urls {
    private Urls() {
    }

    public static boolean secureOrLoopback(URI uri) {
        if (uri == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        return "https".equalsIgnoreCase(uri.getScheme())
                || ("http".equalsIgnoreCase(uri.getScheme()) && loopback(uri.getHost()));
    }

    public static boolean loopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        // Only literal addresses: no name lookup decides what counts as local.
        if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
            return false;
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
