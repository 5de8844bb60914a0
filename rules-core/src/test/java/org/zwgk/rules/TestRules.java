package org.zwgk.rules;

import org.zwgk.rules.cases.CaseResult;
import org.zwgk.rules.cases.ExampleCase;
import org.zwgk.rules.cases.ExampleCases;
import org.zwgk.rules.internal.RuleTree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Runs every example case of the tree on {@code book} (a rule set built some other way than {@link #book()}) and
     * fails naming each case that does not pass, with its diff.
     */
    static void assertEveryCasePasses(Rulebook book, String builtHow) {
        List<ExampleCase> cases = ExampleCases.read(directory());
        List<String> failed = new ArrayList<>();
        for (ExampleCase c : cases) {
            CaseResult r = ExampleCases.run(book, c);
            if (!r.passed()) {
                failed.add(c.file() + " › " + c.name() + "\n" + r.diff());
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(!cases.isEmpty() && failed.isEmpty(), failed.size() + " of " + cases.size()
                + " cases fail on the rule set " + builtHow + ":\n" + String.join("\n", failed));
    }

    /** {@code tree} with {@code appended} added at the end of its file {@code path} (which must be there). */
    static RuleTree withAppended(RuleTree tree, String path, String appended) {
        List<RuleTree.TreeFile> files = new ArrayList<>();
        boolean found = false;
        for (RuleTree.TreeFile f : tree.files()) {
            found |= f.path().equals(path);
            files.add(f.path().equals(path)
                    ? new RuleTree.TreeFile(f.path(), (f.text() + appended).getBytes(StandardCharsets.UTF_8)) : f);
        }
        org.junit.jupiter.api.Assertions.assertTrue(found, "no " + path + " in the tree");
        return new RuleTree(tree.origin(), List.copyOf(files));
    }

    /**
     * Copies the rule directory into {@code to} and replaces {@code from} by {@code replacement} in its file
     * {@code path}, which must contain it.
     */
    static void copyEdited(Path to, String path, String from, String replacement) throws IOException {
        copyTo(to);
        Path file = to.resolve(path);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains(from), "the text to edit in " + path + ": " + from);
        Files.writeString(file, text.replace(from, replacement), StandardCharsets.UTF_8);
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
