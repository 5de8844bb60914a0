package org.zwgk.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The rule directory under test: the editable {@code drl/} tree, loaded once for the whole test run. */
final class TestRules {
    private static Rulebook book;

    private TestRules() {
    }

    static Path directory() {
        return Path.of(System.getProperty("zwgk.drl", "../drl")).toAbsolutePath().normalize();
    }

    static synchronized Rulebook book() {
        if (book == null) {
            book = Rulebook.load(directory());
        }
        return book;
    }

    /** Copies the rule directory into {@code to}, so a test can break a copy without touching the tree. */
    static void copyTo(Path to) throws IOException {
        Path from = directory();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
