package org.needlesafe.cdshooks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches the service (a header too large, a malformed request line) in the
 * service's own shape, {@code {"error": "..."}}, instead of an HTML page. The message is fixed per status: Jetty's
 * own text could echo what the client sent.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(body(status));
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 408 -> "request timeout";
            case 413 -> "request body too large";
            case 414 -> "request URI too long";
            case 431 -> "request header fields too large";
            case 500 -> "internal error";
            default -> status >= 500 ? "server error" : "request refused";
        };
    }

    private static byte[] body(int status) {
        return ("{\"error\":\"" + message(status) + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
