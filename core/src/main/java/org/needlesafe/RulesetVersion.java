package org.needlesafe;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The rule pack's version, from {@code needlesafe/ruleset.properties} beside its DRL. */
final class RulesetVersion {
    static final String RESOURCE = "needlesafe/ruleset.properties";

    private RulesetVersion() {
    }

    static String read(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new RulePackException(RESOURCE + " is not on the class path: is needlesafe-rules-drl there?");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            if (version == null || version.isBlank()) {
                throw new RulePackException(RESOURCE + ": version: required");
            }
            return version.strip();
        } catch (IOException e) {
            throw new RulePackException(RESOURCE + ": cannot be read: " + e.getMessage());
        }
    }
}
