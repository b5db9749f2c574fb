package org.needlesafe.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium printing a page to PDF, as a clinic's browser would, and poppler's tools reading the
 * PDF back. Missing tools fail the test and say what to install; it is never skipped.
 */
final class Chromium {
    private static final File BROWSER = new File("/usr/bin/chromium");

    private Chromium() {
    }

    /** A paper size as CSS names it. */
    enum Paper {
        A4("A4"), LETTER("letter");

        final String css;

        Paper(String css) {
            this.css = css;
        }
    }

    /**
     * Prints the page on the paper, as a user choosing that paper in the print dialogue would: the page's own style
     * sheet names no size, so the size is given to the browser beside it.
     */
    static Path print(String html, Paper paper, Path folder, String name) throws IOException, InterruptedException {
        assertThat(BROWSER).as("the handout test needs Debian's chromium: apt-get install chromium poppler-utils"
                + " (.ci/run installs them)").exists();
        Path page = folder.resolve(name + ".html");
        Files.writeString(page, html.replace("</style>", "@page { size: " + paper.css + "; }\n</style>"),
                StandardCharsets.UTF_8);
        Path pdf = folder.resolve(name + ".pdf");
        Path profile = Files.createDirectories(folder.resolve("profile-" + name));
        run(folder, List.of(BROWSER.getPath(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, page.toUri().toString()));
        assertThat(pdf).as("Chromium's PDF").exists();
        return pdf;
    }

    static int pages(Path pdf) throws IOException, InterruptedException {
        String info = run(pdf.getParent(), List.of("pdfinfo", pdf.toString()));
        return info.lines().filter(line -> line.startsWith("Pages:")).map(line -> line.substring(6).strip())
                .mapToInt(Integer::parseInt).findFirst().orElseThrow();
    }

    /** The page size in points, as pdfinfo prints it ("595.92 x 842.88 pts (A4)"). */
    static String pageSize(Path pdf) throws IOException, InterruptedException {
        String info = run(pdf.getParent(), List.of("pdfinfo", pdf.toString()));
        return info.lines().filter(line -> line.startsWith("Page size:")).findFirst().orElseThrow();
    }

    static String text(Path pdf) throws IOException, InterruptedException {
        return run(pdf.getParent(), List.of("pdftotext", "-layout", pdf.toString(), "-"));
    }

    /** The first page as a PNG picture, kept as a test artefact to look at. */
    static Path picture(Path pdf, Path target) throws IOException, InterruptedException {
        String stem = target.toAbsolutePath().toString().replaceAll("\\.png$", "");
        run(pdf.getParent(), List.of("pdftoppm", "-png", "-r", "90", "-singlefile", "-f", "1", pdf.toString(), stem));
        return target;
    }

    private static String run(Path folder, List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("HOME", folder.toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " cannot be run (apt-get install chromium poppler-utils;"
                    + " .ci/run installs them): " + e.getMessage(), e);
        }
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command.get(0) + " finished").isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(command.get(0) + " exit status; output:\n" + text).isZero();
        return text;
    }
}
