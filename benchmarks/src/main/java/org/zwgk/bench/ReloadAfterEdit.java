package org.zwgk.bench;

import org.zwgk.rules.Rulebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hot reload as the service does it: the built-in tree written to a directory and compiled from there
 * ({@code Rulebook.load(Path)}, always from source), then loaded again {@code n} times, each time after appending a
 * comment to one rule file of another source folder (as an editor's save does); and {@code n} times unchanged.
 * With {@code -Dzwgk.compiled-packages=off} every reload compiles every package (the whole tree, warm).
 * <pre>java -cp benchmarks.jar org.zwgk.bench.ReloadAfterEdit 10</pre>
 */
public final class ReloadAfterEdit {
    private ReloadAfterEdit() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args.length > 0 ? args[0] : "10");
        Path dir = Files.createTempDirectory("zwgk-reload");
        Rulebook.load().writeTree(dir);
        List<Path> drl;
        try (Stream<Path> s = Files.walk(dir)) {
            drl = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        // one file per folder, in turn
        List<Path> perFolder = drl.stream().filter(p -> drl.stream().filter(q -> q.getParent().equals(p.getParent()))
                .findFirst().orElseThrow().equals(p)).toList();
        long t0 = System.nanoTime();
        Rulebook first = Rulebook.load(dir);
        System.out.printf("rules %d; cold load from the directory: %d ms%n", first.ruleCount(), (System.nanoTime() - t0) / 1_000_000);
        long[] edited = new long[n];
        for (int i = 0; i < n; i++) {
            Path f = perFolder.get(i % perFolder.size());
            Files.writeString(f, "\n// edit " + i + "\n", StandardOpenOption.APPEND);
            long t = System.nanoTime();
            Rulebook.load(dir);
            edited[i] = System.nanoTime() - t;
            System.out.printf("after editing %s: %d ms%n", dir.relativize(f), edited[i] / 1_000_000);
        }
        long[] same = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            Rulebook.load(dir);
            same[i] = System.nanoTime() - t;
        }
        Arrays.sort(edited);
        Arrays.sort(same);
        System.out.printf("reload after an edit of one folder: median %d ms, best %d ms (%d reloads)%n",
                edited[n / 2] / 1_000_000, edited[0] / 1_000_000, n);
        System.out.printf("reload of the unchanged tree: median %d ms, best %d ms (%d reloads)%n",
                same[n / 2] / 1_000_000, same[0] / 1_000_000, n);
        try (Stream<Path> s = Files.walk(dir)) { // the copy of the tree, deepest first
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
