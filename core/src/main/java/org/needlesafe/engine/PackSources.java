package org.needlesafe.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.needlesafe.RulePackException;

/**
 * Where a rule pack's text comes from: the one {@code kmodule.xml} on the class path that declares the kbase, the DRL
 * files beside it (in jars or folders), or DRL files given by path. Their bytes are what the rule-set hash covers.
 */
final class PackSources {
    /** Where a pack built from files keeps them inside its private module. */
    static final String FILES_ROOT = "src/main/resources/";
    private static final String KMODULE = "META-INF/kmodule.xml";
    private static final Pattern DECLARES_KBASE = Pattern.compile("<kbase\\b[^>]*\\bname\\s*=\\s*[\"']"
            + RuleEngine.KIE_BASE + "[\"']");

    private PackSources() {
    }

    /**
     * The one kmodule declaring the kbase. Two (two copies or versions of the rule pack) would make Drools pick one
     * of them silently, even a broken one: refuse, naming both.
     */
    static URL theOnePack(ClassLoader loader) {
        List<URL> packs = new ArrayList<>();
        try {
            Enumeration<URL> kmodules = loader.getResources(KMODULE);
            while (kmodules.hasMoreElements()) {
                URL kmodule = kmodules.nextElement();
                try (InputStream in = kmodule.openStream()) {
                    if (DECLARES_KBASE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).find()) {
                        packs.add(kmodule);
                    }
                }
            }
        } catch (IOException e) {
            throw new RulePackException(KMODULE + ": cannot be read: " + e.getMessage());
        }
        if (packs.isEmpty()) {
            throw PackFailures.noKbase(RuleEngine.KIE_BASE);
        }
        if (packs.size() > 1) {
            throw new RulePackException("more than one rule pack declares the kbase '" + RuleEngine.KIE_BASE
                    + "' on the class path; keep exactly one:\n  " + String.join("\n  ",
                    new TreeSet<>(packs.stream().map(URL::toString).toList())));
        }
        return packs.get(0);
    }

    /** The {@code kmodule.xml} of a pack built from files: one kbase of every package, one session. */
    static String kmoduleOfFiles(String kbase) {
        return "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"><kbase name=\"" + kbase
                + "\" packages=\"*\" default=\"true\"><ksession name=\"needlesafe-session\" default=\"true\"/>"
                + "</kbase></kmodule>";
    }

    /**
     * The given DRL files by their name in the pack's module ({@link #FILES_ROOT} and the file name), in the order
     * given. One module folder holds them all, so a second file of the same name would silently replace the first:
     * refused.
     */
    static Map<String, Path> namedInModule(List<Path> drlFiles) {
        Map<String, Path> named = new LinkedHashMap<>();
        for (Path file : drlFiles) {
            Path clash = named.putIfAbsent(FILES_ROOT + file.getFileName(), file);
            if (clash != null) {
                throw new RulePackException(file + ": has the same file name as " + clash
                        + "; rule files must have distinct names");
            }
        }
        return named;
    }

    /** The bytes of each file, by the same names. */
    static Map<String, byte[]> read(Map<String, Path> files) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        files.forEach((name, file) -> {
            try {
                contents.put(name, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new RulePackException(file + ": cannot be read: " + e.getMessage());
            }
        });
        return Collections.unmodifiableMap(contents);
    }

    /**
     * The DRL files of a class-path rule pack: every {@code .drl} in the folders of the kbase's packages, read
     * through the class loader, by name (e.g. {@code needlesafe/rules/sterility.drl}), sorted. (With the executable
     * model Drools keeps no file per rule, but the DRL ships beside it, and it is the source of truth the hash must
     * cover.)
     */
    static Map<String, byte[]> onClassPath(ClassLoader loader, Collection<String> packageNames) {
        Map<String, byte[]> texts = new TreeMap<>();
        for (String packageName : packageNames) {
            String folder = packageName.replace('.', '/') + "/";
            try {
                Enumeration<URL> urls = loader.getResources(folder);
                while (urls.hasMoreElements()) {
                    URL url = urls.nextElement();
                    if (url.getProtocol().equals("jar")) {
                        readJar(url, folder, texts);
                    } else if (url.getProtocol().equals("file")) {
                        try (var files = Files.list(Path.of(url.toURI()))) {
                            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                                texts.put(folder + file.getFileName(), Files.readAllBytes(file));
                            }
                        }
                    }
                }
            } catch (IOException | URISyntaxException e) {
                throw new RulePackException(folder + ": the rule files cannot be read: " + e.getMessage());
            }
        }
        if (texts.isEmpty()) {
            throw new RulePackException("no DRL files beside the rule pack's kbase: the rule-set hash cannot cover it");
        }
        return Collections.unmodifiableMap(texts);
    }

    /** The file as the user knows it: the given path for a pack built from files, else the module's name. */
    static String location(String modulePath, Map<String, Path> files) {
        if (modulePath == null) {
            return "(unknown file)";
        }
        // Drools names a file by its path in the module, with or without the resources folder in front.
        Path given = files.get(modulePath);
        if (given == null) {
            given = files.get(FILES_ROOT + modulePath);
        }
        return given == null ? modulePath : given.toString();
    }

    private static void readJar(URL url, String folder, Map<String, byte[]> texts) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith(folder) && name.endsWith(".drl") && name.indexOf('/', folder.length()) < 0) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        texts.put(name, in.readAllBytes());
                    }
                }
            }
        }
    }
}
