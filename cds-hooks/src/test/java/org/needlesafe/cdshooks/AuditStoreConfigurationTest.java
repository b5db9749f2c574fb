package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit store keys of the service configuration: {@code auditStore} and {@code postgres.*}. */
class AuditStoreConfigurationTest {
    @TempDir
    Path dir;

    @Test
    void theFileSinkIsTheDefault() throws IOException {
        assertThat(ServiceConfiguration.fromFile(write("jurisdiction = US-UT\n")).postgres()).isNull();
        assertThat(ServiceConfiguration.fromFile(write("auditStore = file\n")).postgres()).isNull();
    }

    @Test
    void readsThePostgresStoreWithAPasswordFile() throws IOException {
        Files.writeString(dir.resolve("db-password"), "s3cret\n");
        Path file = write("""
                auditStore = postgres
                postgres.jdbcUrl = jdbc:postgresql://db.internal:5432/needlesafe
                postgres.username = needlesafe
                postgres.passwordFile = db-password
                postgres.poolSize = 12
                """);

        var postgres = ServiceConfiguration.fromFile(file).postgres();

        assertThat(postgres.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/needlesafe");
        assertThat(postgres.username()).isEqualTo("needlesafe");
        assertThat(postgres.password()).isEqualTo("s3cret");
        assertThat(postgres.poolSize()).isEqualTo(12);
        assertThat(postgres.toString()).doesNotContain("s3cret");
    }

    @Test
    void aPasswordInTheFileAndTheDefaultPoolSize() throws IOException {
        Path file = write("""
                auditStore = postgres
                postgres.jdbcUrl = jdbc:postgresql://db.internal/needlesafe
                postgres.username = needlesafe
                postgres.password = s3cret
                """);

        var postgres = ServiceConfiguration.fromFile(file).postgres();

        assertThat(postgres.password()).isEqualTo("s3cret");
        assertThat(postgres.poolSize()).isEqualTo(8);
    }

    @Test
    void badStoreSettingsAreNamed() throws IOException {
        assertThatThrownBy(() -> ServiceConfiguration.fromFile(write("auditStore = redis\n")))
                .hasMessageContaining(":1: auditStore: must be file or postgres, was 'redis'");
        assertThatThrownBy(() -> ServiceConfiguration.fromFile(write("postgres.colour = blue\n")))
                .hasMessageContaining(":1: postgres.colour: expected postgres.(jdbcUrl|username|password|passwordFile"
                        + "|poolSize)");
        assertThatThrownBy(() -> ServiceConfiguration.fromFile(write("postgres.username = x\n")))
                .hasMessageContaining("postgres.username: set, but auditStore is not postgres");
        assertThatThrownBy(() -> ServiceConfiguration.fromFile(write("auditStore = postgres\n")))
                .hasMessageContaining("postgres.jdbcUrl: required with auditStore = postgres");
        assertThatThrownBy(() -> ServiceConfiguration.fromFile(write("""
                auditStore = postgres
                postgres.jdbcUrl = jdbc:postgresql://db/n
                postgres.username = n
                """))).hasMessageContaining("postgres.password or postgres.passwordFile: exactly one is required");
        assertThatThrownBy(() -> ServiceConfiguration.fromFile(write("""
                auditStore = postgres
                postgres.jdbcUrl = jdbc:mysql://db/n
                postgres.username = n
                postgres.password = p
                """))).hasMessageContaining("postgres.jdbcUrl must start with jdbc:postgresql:");
        assertThatThrownBy(() -> ServiceConfiguration.fromFile(write("""
                auditStore = postgres
                postgres.jdbcUrl = jdbc:postgresql://db/n
                postgres.username = n
                postgres.passwordFile = missing
                postgres.poolSize = 0
                """))).hasMessageContaining(":5: postgres.poolSize: must be a whole number from 1 to 200")
                .hasMessageContaining(":4: postgres.passwordFile: " + dir.resolve("missing") + ": cannot be read");
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "service", ".properties");
        Files.writeString(file, text);
        return file;
    }
}
