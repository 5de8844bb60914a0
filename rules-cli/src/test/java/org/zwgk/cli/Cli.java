package org.zwgk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Runs the rules command in-process, as {@code bin/rules} would, capturing what it prints. */
final class Cli {

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RulesCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** The editable rule tree ({@code drl/} at the top of the repository). */
    static Path drl() {
        return Path.of(System.getProperty("zwgk.drl", "../drl"));
    }

    /** The sample fact files ({@code examples/facts/}). */
    static Path facts(String name) {
        return Path.of(System.getProperty("zwgk.facts", "../examples/facts")).resolve(name);
    }

    /** A copy of the rule tree in {@code target}, to edit. */
    static Path copyOfDrl(Path target) {
        Path from = drl();
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Path to = target.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Replaces the one occurrence of {@code from} in a file. */
    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalStateException("expected exactly one '" + from + "' in " + file);
        }
        Files.writeString(file, text.replace(from, to));
    }

    /** The 1-based line of the first line of {@code file} containing {@code text}. */
    static int lineOf(Path file, String text) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("'" + text + "' not in " + file);
    }
}
