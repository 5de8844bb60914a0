package org.zwgk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The clerk's guide ({@code drl/README.md}) shows what the commands print today: every output block in it is marked
 * with the command that makes it, and this test runs each command in-process and compares. Markers are HTML comments
 * (invisible on the rendered page), each followed by a fenced block:
 *
 * <ul>
 *   <li>{@code <!-- guide: copy -->} starts a fresh copy of {@code drl/}, named {@code drl-copy} in commands and
 *       outputs (the block shows the shell command that makes it);</li>
 *   <li>{@code <!-- guide: edit PATH -->} with a {@code diff} block applies it to {@code PATH} (relative to the folder
 *       holding {@code drl-copy}): {@code -} lines (with the {@code ␠} context lines around them) must appear once and
 *       are replaced by the {@code +} lines; a block of {@code +} lines only is appended;</li>
 *   <li>{@code <!-- guide: new PATH -->} writes the block as a new file;</li>
 *   <li>{@code <!-- guide: run ARGS [| head N | tail N | grep REGEX] -->} runs {@code bin/rules ARGS} (paths: a file
 *       made by the guide, else from the repository root) and compares the block ({@code $ bin/rules ARGS}, then the
 *       output, {@code …} where lines were left out) with what it prints.</li>
 * </ul>
 *
 * Run with {@code -Dguide.update=true} to rewrite the output blocks from today's tree.
 */
class GuideTest {

    private static final Pattern MARK = Pattern.compile("^<!-- guide: (copy|edit|new|run)\\s*(.*?)\\s*-->$");
    /** The rule set's version is a hash of the tree's content: it changes with every edit, so it is not compared. */
    private static final Pattern VERSION = Pattern.compile("\\(version [0-9a-f]{12}\\)");

    static Path guide() {
        return Cli.drl().resolve("README.md");
    }

    static Path root() {
        return Cli.drl().toAbsolutePath().normalize().getParent();
    }

    @Test
    void theGuideShowsWhatTheCommandsPrintToday(@TempDir Path scratch) throws IOException {
        List<String> problems = check(guide(), scratch, Boolean.getBoolean("guide.update"));
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems) + "\n\ndrl/README.md no longer shows what the commands print. Check the "
                    + "change, then rewrite the outputs: ./mvnw -o -pl rules-core,rules-cli test -Dtest=GuideTest "
                    + "-Dsurefire.failIfNoSpecifiedTests=false -Dguide.update=true (an edit whose lines are gone must be "
                    + "rewritten by hand).");
        }
    }

    @Test
    void aStaleOutputOrAnEditThatNoLongerAppliesIsCaught(@TempDir Path scratch) throws IOException {
        Path md = scratch.resolve("guide.md");
        Files.writeString(md, """
                <!-- guide: run facts | head 1 -->
                ```
                $ bin/rules facts
                # an old title
                …
                ```
                <!-- guide: copy -->
                ```
                $ cp -r drl drl-copy
                ```
                <!-- guide: edit drl-copy/national/ogi/source.yaml -->
                ```diff
                -code: NOT-THERE
                +code: X
                ```
                """);
        List<String> problems = check(md, scratch.resolve("work"), false);
        org.junit.jupiter.api.Assertions.assertEquals(2, problems.size(), String.join("\n", problems));
        org.junit.jupiter.api.Assertions.assertTrue(problems.get(0).contains("but the command prints today\n$ bin/rules facts\n# 事实与来源文件参考"),
                problems.get(0));
        org.junit.jupiter.api.Assertions.assertTrue(problems.get(1).contains("the lines to change are not in source.yaml"), problems.get(1));

        check(md, scratch.resolve("work2"), true);
        org.junit.jupiter.api.Assertions.assertTrue(Files.readString(md).contains("$ bin/rules facts\n# 事实与来源文件参考\n…\n```"),
                "update mode rewrites the output block");
    }

    /** Runs the guide's markers; the problems found, none when every output block is today's. */
    static List<String> check(Path guide, Path scratch, boolean update) throws IOException {
        Files.createDirectories(scratch);
        List<String> lines = new ArrayList<>(Files.readAllLines(guide, StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        Path copy = scratch.resolve("drl-copy");
        int copies = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARK.matcher(lines.get(i).trim());
            if (!m.matches()) {
                continue;
            }
            int open = i + 1;
            while (open < lines.size() && lines.get(open).isBlank()) open++;
            if (open >= lines.size() || !lines.get(open).startsWith("```")) {
                problems.add(guide.getFileName() + ":" + (i + 1) + ": a guide marker must be followed by a fenced block");
                continue;
            }
            int close = open + 1;
            while (close < lines.size() && !lines.get(close).startsWith("```")) close++;
            List<String> block = new ArrayList<>(lines.subList(open + 1, close));
            String what = m.group(1);
            String arg = m.group(2);
            String where = guide.getFileName() + ":" + (i + 1) + " (" + what + " " + arg + ")";
            try {
                switch (what) {
                    case "copy" -> {
                        if (copies++ > 0) {
                            deleteTree(copy);
                        }
                        Cli.copyOfDrl(copy);
                    }
                    case "edit" -> applyDiff(scratch.resolve(arg), block);
                    case "new" -> {
                        Path f = scratch.resolve(arg);
                        Files.createDirectories(f.getParent());
                        Files.writeString(f, String.join("\n", block) + "\n", StandardCharsets.UTF_8);
                    }
                    case "run" -> {
                        List<String> actual = run(arg, scratch);
                        if (update) {
                            lines.subList(open + 1, close).clear();
                            lines.addAll(open + 1, actual);
                            close = open + 1 + actual.size();
                        } else if (!mask(actual).equals(mask(block))) {
                            problems.add(where + ": the guide shows\n" + String.join("\n", block) + "\n  but the command prints today\n"
                                    + String.join("\n", actual));
                        }
                    }
                    default -> throw new IllegalStateException(what);
                }
            } catch (RuntimeException | IOException e) {
                problems.add(where + ": " + e.getMessage());
            }
            i = close;
        }
        if (update) {
            Files.writeString(guide, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        }
        return problems;
    }

    private static List<String> mask(List<String> lines) {
        return lines.stream().map(l -> VERSION.matcher(l).replaceAll("(version …)")).toList();
    }

    /** Runs {@code rules ARGS} and gives the block the guide shows for it. */
    private static List<String> run(String spec, Path scratch) {
        String[] pipe = spec.split("\\s+\\|\\s+");
        List<String> shown = new ArrayList<>(List.of(pipe[0].trim().split("\\s+")));
        List<String> args = new ArrayList<>();
        for (String a : shown) {
            args.add(resolve(a, scratch));
        }
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        String out = r.out() + r.err();
        out = out.replace(scratch.toAbsolutePath() + "/", "").replace(scratch.toString() + "/", "")
                .replace(root() + "/", "");
        List<String> lines = new ArrayList<>(out.lines().toList());
        boolean cutTop = false;
        boolean cutBottom = false;
        for (int k = 1; k < pipe.length; k++) {
            String[] f = pipe[k].trim().split("\\s+", 2);
            switch (f[0]) {
                case "tail" -> {
                    int n = Integer.parseInt(f[1]);
                    if (lines.size() > n) {
                        lines = new ArrayList<>(lines.subList(lines.size() - n, lines.size()));
                        cutTop = true;
                    }
                }
                case "head" -> {
                    int n = Integer.parseInt(f[1]);
                    if (lines.size() > n) {
                        lines = new ArrayList<>(lines.subList(0, n));
                        cutBottom = true;
                    }
                }
                case "grep" -> {
                    Pattern p = Pattern.compile(f[1]);
                    int before = lines.size();
                    lines = new ArrayList<>(lines.stream().filter(l -> p.matcher(l).find()).toList());
                    cutTop |= lines.size() < before;
                }
                default -> throw new IllegalArgumentException("unknown filter " + f[0]);
            }
        }
        List<String> block = new ArrayList<>();
        block.add("$ bin/rules " + String.join(" ", shown));
        if (cutTop) block.add("…");
        block.addAll(lines);
        if (cutBottom) block.add("…");
        return block;
    }

    /** A path the guide made ({@code drl-copy}, a file it wrote), else one from the repository root, else the word. */
    private static String resolve(String arg, Path scratch) {
        if (arg.startsWith("-")) {
            return arg;
        }
        Path s = scratch.resolve(arg);
        if (Files.exists(s)) {
            return s.toString();
        }
        Path r = root().resolve(arg);
        return Files.exists(r) ? r.toString() : arg;
    }

    /** Applies a diff block: context and {@code -} lines found once, replaced by context and {@code +} lines. */
    static void applyDiff(Path file, List<String> block) throws IOException {
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (String l : block) {
            if (l.startsWith("-")) {
                from.add(l.substring(1));
            } else if (l.startsWith("+")) {
                to.add(l.substring(1));
            } else {
                String ctx = l.startsWith(" ") ? l.substring(1) : l;
                from.add(ctx);
                to.add(ctx);
            }
        }
        String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (from.isEmpty()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + String.join("\n", to) + "\n",
                    StandardCharsets.UTF_8);
            return;
        }
        String old = String.join("\n", from) + "\n";
        int at = text.indexOf(old);
        if (at < 0 || text.indexOf(old, at + 1) >= 0) {
            throw new IllegalStateException("the lines to change are " + (at < 0 ? "not in " : "more than once in ") + file.getFileName()
                    + ":\n" + old);
        }
        Files.writeString(file, text.substring(0, at) + String.join("\n", to) + "\n" + text.substring(at + old.length()),
                StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
