package org.needlesafe.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.configuration.Threshold;

/**
 * Where the rule tests get their advisors. In the normal build it is {@code SafetyAdvisor.builder()}; the threshold
 * mutation command ({@code bin/mutate-thresholds}) runs the same tests against a mutant given as system properties:
 * one configuration value moved a step ({@code needlesafe.mutant.configuration = key=value}), a jurisdiction profile
 * file replacing the built-in one ({@code needlesafe.mutant.profile}), or a folder of DRL files replacing the pack
 * ({@code needlesafe.mutant.rules}). A test that sets its own configuration keeps it.
 */
final class TestPack {
    private TestPack() {
    }

    static SafetyAdvisor.Builder builder() {
        SafetyAdvisor.Builder builder = SafetyAdvisor.builder();
        String setting = System.getProperty("needlesafe.mutant.configuration");
        if (setting != null) {
            int equals = setting.indexOf('=');
            builder.configuration(ClinicConfiguration.builder()
                    .set(Threshold.byKey(setting.substring(0, equals)), setting.substring(equals + 1)).build());
        }
        String profile = System.getProperty("needlesafe.mutant.profile");
        if (profile != null) {
            builder.jurisdictionProfile(Path.of(profile));
        }
        String rules = System.getProperty("needlesafe.mutant.rules");
        if (rules != null) {
            try (Stream<Path> files = Files.list(Path.of(rules))) {
                builder.ruleFiles(files.filter(file -> file.toString().endsWith(".drl")).sorted().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return builder;
    }
}
