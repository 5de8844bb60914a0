package org.zwgk.cli;

import org.zwgk.rules.RulebookLoadException.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the commands share about a rule directory: checking it exists, and reporting its problems compiler-style. */
final class RuleDirs {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+[\"\\w]");
    /** The DRL parser's position inside its message ("[ERR 102] Line 160:91 …", the column counted from 0). */
    private static final Pattern PARSER_POSITION = Pattern.compile("\\bLine (\\d+):(\\d+)\\b");

    private RuleDirs() {
    }

    /** A usage error (exit 2) unless {@code dir} is a directory. */
    static Path requireDirectory(CommandSpec spec, Path dir, String what) {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), what + " is not a directory: " + dir);
        }
        return dir;
    }

    private record Located(Problem problem, String severity) {
    }

    /**
     * Prints each problem as {@code file:line:column: 错误|警告：message}, sorted by file and position; the file
     * is given as the path from the working directory ({@code dir} + the file's path inside it), so an editor can
     * jump to it. A line or column that is not known is left out.
     */
    static void printProblems(PrintWriter out, Path dir, List<Problem> errors, List<Problem> warnings) {
        List<Located> all = new ArrayList<>();
        errors.forEach(p -> all.add(new Located(p, "错误")));
        warnings.forEach(p -> all.add(new Located(p, "警告")));
        all.sort(Comparator.comparing((Located l) -> l.problem().file())
                .thenComparingInt(l -> l.problem().line())
                .thenComparingInt(l -> column(l.problem())));
        for (Located l : all) {
            out.println(location(dir, l.problem()) + ": " + l.severity() + "：" + Explain.zh(l.problem().message()));
        }
    }

    static String location(Path dir, Problem p) {
        StringBuilder sb = new StringBuilder(file(dir, p.file()));
        if (p.line() > 0) {
            sb.append(':').append(p.line());
            int column = column(p);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }

    /** The problem's column, else the one the DRL parser gives in its message for the same line, else 0. */
    static int column(Problem p) {
        if (p.column() > 0 || p.line() <= 0 || p.message() == null) {
            return p.column();
        }
        Matcher m = PARSER_POSITION.matcher(p.message());
        if (m.find() && Integer.parseInt(m.group(1)) == p.line()) {
            return Integer.parseInt(m.group(2)) + 1;
        }
        return 0;
    }

    private static String file(Path dir, String file) {
        if (dir == null || file == null || file.isEmpty() || Path.of(file).isAbsolute()) {
            return file;
        }
        String s = dir.resolve(file).normalize().toString().replace('\\', '/');
        return file.endsWith("/") && !s.endsWith("/") ? s + "/" : s;
    }

    /** The rules written in the directory's DRL files (for the summary of a rule set that did not compile). */
    static int countRules(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".drl") && Files.isRegularFile(f)).mapToInt(f -> {
                try {
                    return (int) RULE.matcher(Files.readString(f, StandardCharsets.UTF_8)).results().count();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
