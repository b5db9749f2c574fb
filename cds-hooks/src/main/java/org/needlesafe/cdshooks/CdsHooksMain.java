package org.needlesafe.cdshooks;

import org.needlesafe.RulePackException;
import org.needlesafe.store.postgres.StoreUnavailableException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the CDS Hooks service:
 * {@code java -jar needlesafe-cds-hooks.jar [--port N] (--config FILE | --insecure-dev-mode)}.
 * Exit status 2 for bad arguments or configuration, with one line per problem on standard error.
 */
public final class CdsHooksMain {
    static final String USAGE = """
            usage: needlesafe-cds-hooks [--port N] (--config FILE | --insecure-dev-mode [--config FILE])
              --port N              listen on port N (default 8080; 0 picks a free port)
              --config FILE         the service configuration (key = value; see docs/CDS-HOOKS.md)
              --insecure-dev-mode   no client authentication, 127.0.0.1 only: local development, never patient data
            """;

    private CdsHooksMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 8080;
        Path config = null;
        boolean insecure = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = port(value(args, ++i, "--port"));
                    case "--config" -> config = Path.of(value(args, ++i, "--config"));
                    case "--insecure-dev-mode" -> insecure = true;
                    case "--help", "-h" -> {
                        System.out.print(USAGE);
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
                }
            }
            if (config == null && !insecure) {
                throw new IllegalArgumentException("--config FILE is required (or --insecure-dev-mode for local"
                        + " development)");
            }
            if (config != null && !Files.isReadable(config)) {
                throw new IllegalArgumentException("--config " + config + ": cannot be read");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("needlesafe-cds-hooks: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        CdsHooksServer server;
        try {
            ServiceConfiguration configuration = config == null ? ServiceConfiguration.builder().build()
                    : ServiceConfiguration.fromFile(config);
            server = CdsHooksServer.builder(configuration).insecureDevMode(insecure).build().start(port);
        } catch (IllegalArgumentException | RulePackException e) {
            // A bad configuration, mapping table, rule file or jurisdiction profile: say what, never a stack trace.
            for (String line : e.getMessage().split("\n")) {
                System.err.println("needlesafe-cds-hooks: " + line);
            }
            System.exit(2);
            return;
        } catch (StoreUnavailableException e) {
            // The shared store is not there (yet): exit, and let the orchestrator start the replica again.
            System.err.println("needlesafe-cds-hooks: audit store: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "needlesafe-cds-hooks-shutdown"));
        stopped.await();
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + ": a value is required");
        }
        return args[index];
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port: expected 0 to 65535, was '" + value + "'");
    }
}
