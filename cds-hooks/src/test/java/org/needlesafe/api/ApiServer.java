package org.needlesafe.api;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.needlesafe.audit.AuditRecord;
import org.needlesafe.cdshooks.CdsHooksServer;
import org.needlesafe.cdshooks.ServiceConfiguration;

/**
 * The service with the clinic's JSON API on a free loopback port for a test class: one registered client (its API
 * key stored hashed, as in a configuration file), every audit record kept in the given list.
 */
record ApiServer(CdsHooksServer server, String base) implements AutoCloseable {
    static final String KEY = "test-key-0123456789abcdef";

    static ApiServer start(List<AuditRecord> audit, Consumer<ServiceConfiguration.Builder> configure)
            throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ServiceConfiguration.Builder configuration = ServiceConfiguration.builder()
                .baseUrl("http://127.0.0.1:" + port).host("127.0.0.1").timeZone(ZoneOffset.UTC)
                .apiClient(new ApiClient("front-desk", HexFormat.of().formatHex(ApiClient.sha256(KEY))));
        configure.accept(configuration);
        CdsHooksServer server = CdsHooksServer.builder(configuration.build()).auditSink(audit::add).build().start(port);
        return new ApiServer(server, "http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        server.close();
    }
}
