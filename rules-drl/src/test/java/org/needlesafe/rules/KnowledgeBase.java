package org.needlesafe.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The item ids of the clinical knowledge base, read from ../shared/clinical/knowledge-base.md beside the repo. */
final class KnowledgeBase {
    private static final Pattern ITEM = Pattern.compile("\\*\\*([CDSXAQ]-\\d{2})\\b");

    private KnowledgeBase() {
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(".ci")) && !Files.exists(dir.resolve("rules-drl"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Set<String> items() throws IOException {
        Path file = repositoryRoot().resolveSibling("shared").resolve("clinical").resolve("knowledge-base.md");
        String text = Files.readString(file);
        Set<String> items = new LinkedHashSet<>();
        Matcher matcher = ITEM.matcher(text);
        while (matcher.find()) {
            items.add(matcher.group(1));
        }
        if (text.contains("Side effects (E)")) {
            items.add("E");
        }
        return items;
    }
}
