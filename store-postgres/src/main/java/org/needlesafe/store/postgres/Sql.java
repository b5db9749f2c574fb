package org.needlesafe.store.postgres;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values as the PostgreSQL driver maps them exactly. */
final class Sql {
    private Sql() {
    }

    /** An instant for a {@code timestamptz} column, independent of the JVM's time zone. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
