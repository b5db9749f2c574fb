package org.needlesafe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code needlesafe}: the top-level command; the work is in its subcommands. */
@Command(name = "needlesafe",
        mixinStandardHelpOptions = true,
        versionProvider = NeedlesafeCommand.Version.class,
        description = "Pre-procedure safety decision support for microneedling: it checks a planned treatment "
                + "against the rule pack and explains the decision. It supports a trained practitioner's "
                + "decision; it never replaces it.",
        subcommands = {AssessCommand.class, CommandLine.HelpCommand.class})
final class NeedlesafeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Without a subcommand there is nothing to do: show how to use it. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    /** The command's version and the rule pack's, both read from the class path. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "needlesafe " + property("needlesafe-cli.properties", "version")
                        + " (rule set " + property("needlesafe/ruleset.properties", "version") + ")"
            };
        }

        private static String property(String resource, String key) {
            try (InputStream in = Version.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return "unknown";
                }
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty(key, "unknown").strip();
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
