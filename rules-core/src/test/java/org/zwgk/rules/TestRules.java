package org.zwgk.rules;

import java.nio.file.Path;

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
}
