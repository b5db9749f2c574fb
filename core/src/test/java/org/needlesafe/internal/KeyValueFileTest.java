package org.needlesafe.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyValueFileTest {
    private static KeyValueFile read(String text) {
        return KeyValueFile.read("test.profile", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void entriesRememberTheirLine() {
        KeyValueFile file = read("# comment\n\nid = US-UT\nnote = a = b\n");

        assertThat(file.get("id")).isEqualTo(new KeyValueFile.Entry(3, "id", "US-UT"));
        assertThat(file.get("note").value()).isEqualTo("a = b");
        assertThat(file.problem(file.get("id"), "bad")).isEqualTo("test.profile:3: id: bad");
    }

    @Test
    void linesWithoutAKeyAndRepeatedKeysAreRejected() {
        assertThatThrownBy(() -> read("id = A\njust words\nid = B\n"))
                .hasMessage("test.profile:2: expected 'key = value', found 'just words'\n"
                        + "test.profile:3: id: already set on line 1");
    }
}
