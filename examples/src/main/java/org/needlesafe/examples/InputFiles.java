package org.needlesafe.examples;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.needlesafe.Problem;
import org.needlesafe.text.Message;

/** The case files named on the command line: files as given, folders replaced by their {@code *.json} files. */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * One case file to read.
     *
     * @param name    how the file is named in the output: the path as given, or the folder joined with the name
     * @param path    where to read it
     * @param problem why there is nothing to read (an empty or unreadable folder), or {@code null}
     */
    record Input(String name, Path path, Problem problem) {
    }

    /** Every argument in order; a folder becomes its {@code *.json} files in name order (hidden files skipped). */
    static List<Input> expand(List<Path> arguments) {
        List<Input> inputs = new ArrayList<>();
        for (Path argument : arguments) {
            if (!Files.isDirectory(argument)) {
                inputs.add(new Input(argument.toString(), argument, null));
                continue;
            }
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(argument, "*.json")) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (!name.startsWith(".") && Files.isRegularFile(entry)) {
                        files.add(entry);
                    }
                }
            } catch (IOException e) {
                inputs.add(new Input(argument.toString(), argument, new Problem("", "cannot be read: " + e)));
                continue;
            }
            if (files.isEmpty()) {
                inputs.add(new Input(argument.toString(), argument, Problem.of("", Message.keyed("problem.noJsonFiles"))));
            }
            files.sort(Comparator.comparing(file -> file.getFileName().toString()));
            for (Path file : files) {
                inputs.add(new Input(file.toString(), file, null));
            }
        }
        return inputs;
    }
}
