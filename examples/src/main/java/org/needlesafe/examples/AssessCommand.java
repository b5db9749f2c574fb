package org.needlesafe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.needlesafe.Assessment;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.Problem;
import org.needlesafe.RulePackException;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.ValidCase;
import org.needlesafe.handout.ClinicSettings;
import org.needlesafe.handout.Handout;
import org.needlesafe.json.AssessmentWriter;
import org.needlesafe.json.CaseReader;
import org.needlesafe.json.JsonLinesBatch;
import org.needlesafe.text.Language;
import org.needlesafe.examples.InputFiles.Input;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code needlesafe assess}: assesses case files and prints a readable report or JSON Lines. */
@Command(name = "assess",
        mixinStandardHelpOptions = true,
        versionProvider = NeedlesafeCommand.Version.class,
        description = {
            "Assesses each case file (a JSON document of the case format) and prints its decision with the "
                    + "reasons. A folder stands for the JSON files in it, in name order.",
            "Invalid files are reported on standard error, one line per problem (FILE: path: message); the "
                    + "valid files of the same run are still assessed."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every case was assessed, whatever the decisions",
            "1:the rule pack, a --profile or the --config file could not be loaded",
            "2:an input was invalid or missing (or the command line was wrong)",
            "3:standard output could not be written (a full disk, say): the run stopped there",
            "141:standard output was closed by its reader (| head, say): the run stopped there"
        })
final class AssessCommand implements Callable<Integer> {
    static final int ASSESSED = 0;
    static final int CANNOT_START = 1;
    static final int INVALID_INPUT = 2;
    static final int OUTPUT_FAILED = 3;
    /**
     * How many answers of a stream are written between two checks of standard output: a check flushes it, and so
     * costs a system call, but a run whose output nobody can take should stop soon.
     */
    private static final int ANSWERS_BETWEEN_CHECKS = 64;

    /** The output formats. */
    enum Format { text, json, html }

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
            description = "text: a readable report per case (default); json: one assessment object per input "
                    + "file and line (JSON Lines), an invalid file as {\"file\": ..., \"errors\": [...]}; html: "
                    + "for one case file, the patient's printable aftercare handout, or a clinician summary when "
                    + "the treatment does not go ahead today")
    private Format format;

    @Option(names = "--config", paramLabel = "FILE",
            description = "the clinic's configuration: 'key = value' lines overriding the default thresholds "
                    + "(e.g. periorbitalMaxDepthMm = 0.3), and the clinicName and clinicPhone the handout shows")
    private Path configuration;

    private ClinicSettings settings = ClinicSettings.defaults();

    @Option(names = "--profile", paramLabel = "FILE",
            description = "a jurisdiction profile file to add, or to replace the built-in profile with the "
                    + "same id; may be repeated")
    private List<Path> profiles = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "en|es", defaultValue = "en",
            description = "the language of the report and of the JSON's human texts (codes stay as they are): en "
                    + "(default) or es; another language is answered in English, and the output says so")
    private String language;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "case files, or folders of them")
    private List<Path> inputs;

    @Spec
    private CommandSpec spec;

    /** The bytes under {@code spec.commandLine().getOut()}: a batch's JSON Lines go here as they are, UTF-8. */
    private final PrintStream stdout;

    AssessCommand(PrintStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language.Choice choice = Language.ofTag(language).map(Language.Choice::of)
                .orElseGet(() -> new Language.Choice(Language.ENGLISH, language));
        ReportText words = new ReportText(choice.language());
        if (format == Format.html && (inputs.size() != 1 || streamed(inputs.get(0))
                || Files.isDirectory(inputs.get(0)))) {
            err.println(words.text("error.htmlOneFile"));
            err.flush();
            return INVALID_INPUT;
        }
        SafetyAdvisor advisor;
        try {
            advisor = advisor();
        } catch (MissingFile e) {
            err.println(words.text("error.cannotStart", words.text(e.key, e.option, e.file)));
            err.flush();
            return CANNOT_START;
        } catch (RulePackException | IllegalArgumentException e) {
            err.println(words.text("error.cannotStart", e.getMessage()));
            err.flush();
            return CANNOT_START;
        }
        boolean anyInvalid = false;
        try (advisor; JsonLinesBatch batch = new JsonLinesBatch(advisor)) {
            CaseReader reader = new CaseReader(advisor);
            ReportRenderer renderer = new ReportRenderer(choice.language());
            boolean first = true;
            for (Path argument : inputs) {
                if (streamed(argument)) {
                    anyInvalid |= stream(argument, batch, renderer, choice, out, err);
                    if (stdout.checkError()) {
                        return OUTPUT_FAILED;
                    }
                    continue;
                }
                for (Input input : InputFiles.expand(List.of(argument))) {
                    if (format == Format.text && !first) {
                        out.println();
                    }
                    first = false;
                    try {
                        if (input.problem() != null) {
                            throw new InvalidCaseException(List.of(input.problem()));
                        }
                        ValidCase valid = reader.readValid(input.path());
                        Assessment assessment = advisor.assess(valid).in(choice);
                        out.print(switch (format) {
                            case json -> AssessmentWriter.toJson(assessment) + "\n";
                            case text -> renderer.render(input.name(), assessment);
                            case html -> new Handout(settings.contact()).html(assessment,
                                    valid.treatment().assessmentDate(), choice.language().locale());
                        });
                    } catch (InvalidCaseException e) {
                        anyInvalid = true;
                        report(input.name(), e.problems(), choice.language(), err);
                        out.print(switch (format) {
                            case json -> AssessmentWriter.errorRecord(input.name(), e.problems()) + "\n";
                            case text -> renderer.renderInvalid(input.name(), e.problems().size());
                            case html -> ""; // no page for an invalid case: the problems are on stderr
                        });
                    }
                    out.flush();
                    if (stdout.checkError()) {
                        return OUTPUT_FAILED;
                    }
                }
            }
            if (format == Format.text) {
                out.print(renderer.summary());
                out.flush();
            }
        } finally {
            err.flush();
        }
        return stdout.checkError() ? OUTPUT_FAILED : anyInvalid ? INVALID_INPUT : ASSESSED;
    }

    /** Standard input ({@code -}) and {@code .jsonl} files hold JSON Lines: one case per line, streamed. */
    private static boolean streamed(Path argument) {
        return argument.toString().equals("-") || argument.toString().endsWith(".jsonl");
    }

    /**
     * Assesses a JSON Lines stream on the machine's cores, one output line per input line in input order; an
     * invalid line is named {@code NAME:LINE}. Whether any line was invalid. Stops early when standard output can no
     * longer be written.
     */
    private boolean stream(Path argument, JsonLinesBatch batch, ReportRenderer renderer, Language.Choice language,
                           PrintWriter out, PrintWriter err) {
        String name = argument.toString().equals("-") ? "stdin" : argument.toString();
        out.flush(); // what earlier inputs printed comes first
        try (InputStream in = argument.toString().equals("-") ? System.in : Files.newInputStream(argument)) {
            JsonLinesBatch.Summary summary = batch.run(in, new JsonLinesBatch.Sink() {
                private int sinceCheck;

                @Override
                public void accept(JsonLinesBatch.Answer answer) throws IOException {
                    String where = name + ":" + answer.line();
                    if (answer.assessment() == null) {
                        report(where, answer.problems(), language.language(), err);
                    }
                    if (format == Format.json) {
                        answer.writeJson(stdout);
                        stdout.write('\n');
                    } else {
                        out.print(answer.assessment() == null
                                ? renderer.renderInvalid(where, answer.problems().size())
                                : renderer.render(where, answer.assessment()) + "\n");
                    }
                    if (++sinceCheck == ANSWERS_BETWEEN_CHECKS) {
                        idle();
                    }
                }

                @Override
                public void idle() throws OutputClosed {
                    sinceCheck = 0;
                    out.flush();
                    if (stdout.checkError()) { // flushes it too
                        throw new OutputClosed();
                    }
                }
            }, Long.MAX_VALUE, language);
            out.flush();
            stdout.flush();
            return summary.invalid() > 0;
        } catch (OutputClosed e) {
            return false; // the caller sees stdout's error and stops
        } catch (IOException e) {
            report(name, List.of(new Problem("", "cannot be read: " + e.getMessage())), language.language(), err);
            return true;
        }
    }

    /**
     * Each problem on a line of its own, in the run's language where the problem has words in it (the engine's checks,
     * a file that cannot be read); the reader's structural checks are in English.
     */
    private static void report(String name, List<Problem> problems, Language language, PrintWriter err) {
        for (Problem problem : problems) {
            err.println(name + ": " + (problem.path().isEmpty() ? "" : problem.path() + ": ")
                    + problem.message(language));
        }
    }

    private SafetyAdvisor advisor() {
        SafetyAdvisor.Builder builder = SafetyAdvisor.builder();
        if (configuration != null) {
            settings = ClinicSettings.read(existing(configuration, "--config"));
            builder.configuration(settings.thresholds());
        }
        profiles.forEach(profile -> builder.jurisdictionProfile(existing(profile, "--profile")));
        return builder.build();
    }

    /** The file, checked up front so that a typo is reported as plainly as it is. */
    private static Path existing(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new MissingFile(Files.isDirectory(file) ? "error.optionFolder" : "error.optionNoFile", option, file);
        }
        return file;
    }

    /** Standard output can no longer be written: the stream stops reading. */
    private static final class OutputClosed extends IOException {
        private static final long serialVersionUID = 1L;

        OutputClosed() {
            super("standard output can no longer be written", null);
        }
    }

    /** An option's file that is not there: said in the run's language, with the report's words. */
    private static final class MissingFile extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String option;
        private final String file;

        MissingFile(String key, String option, Path file) {
            super(option + " " + file, null, false, false);
            this.key = key;
            this.option = option;
            this.file = file.toString();
        }
    }
}
