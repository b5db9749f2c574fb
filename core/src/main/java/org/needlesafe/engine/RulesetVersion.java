package org.needlesafe.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.needlesafe.RulePackException;

/** The rule pack's version, from {@code needlesafe/ruleset.properties} beside its DRL. */
public final class RulesetVersion {
    static final String RESOURCE = "needlesafe/ruleset.properties";

    private RulesetVersion() {
    }

    public static String read(ClassLoader loader) {
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
