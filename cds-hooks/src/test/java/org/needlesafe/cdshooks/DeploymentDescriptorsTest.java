package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What can be checked of the container image and the Kubernetes manifests without a cluster: the configuration they
 * ship is valid, and they name the paths, port and files the service really uses.
 */
class DeploymentDescriptorsTest {
    private static final Path KUBERNETES = Path.of("../deploy/kubernetes");
    private static final String PASSWORD_FILE = "/var/run/secrets/needlesafe/postgres/password";

    @Test
    void theShippedConfigurationIsValidAndUsesTheSharedStore(@TempDir Path dir) throws IOException {
        String properties = Files.readString(KUBERNETES.resolve("cds-hooks.properties"));
        assertThat(properties).contains("postgres.passwordFile = " + PASSWORD_FILE);
        Files.writeString(dir.resolve("password"), "secret\n");
        Path copy = Files.writeString(dir.resolve("cds-hooks.properties"),
                properties.replace(PASSWORD_FILE, dir.resolve("password").toString()));

        ServiceConfiguration configuration = ServiceConfiguration.fromFile(copy);

        assertThat(configuration.postgres()).isNotNull();
        assertThat(configuration.postgres().password()).isEqualTo("secret");
        assertThat(configuration.clients()).isNotEmpty();
    }

    @Test
    void theManifestsProbeTheServicesHealthEndpointsAndMountWhatTheConfigurationNames() throws IOException {
        String deployment = Files.readString(KUBERNETES.resolve("deployment.yaml"));
        assertThat(deployment).containsPattern("replicas: [2-9]")
                .containsPattern("livenessProbe:\\s+httpGet:\\s+path: /healthz")
                .containsPattern("readinessProbe:\\s+httpGet:\\s+path: /readyz")
                .contains("containerPort: 8080", "\"--port\", \"8080\"",
                        "\"--config\", \"/etc/needlesafe/cds-hooks.properties\"",
                        "mountPath: /etc/needlesafe\n", "mountPath: " + Path.of(PASSWORD_FILE).getParent() + "\n",
                        "runAsNonRoot: true");
        assertThat(Files.readString(KUBERNETES.resolve("kustomization.yaml")))
                .contains("cds-hooks.properties", "--from-file=password=");
        String dockerfile = Files.readString(Path.of("../Dockerfile"));
        assertThat(dockerfile).contains("USER 10001:10001", "EXPOSE 8080", "cds-hooks/target/needlesafe-cds-hooks.jar",
                "\"--config\", \"/etc/needlesafe/cds-hooks.properties\"");
    }
}
