package org.zwgk.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of a rule directory ({@code drl/}): DRL, {@code source.yaml} per source, {@code calendar/YYYY.yaml} and
 * example cases, read from a directory or from the classpath (the copy inside the rules-core jar).
 *
 * @param origin where the files came from, for messages
 * @param files  every file, by path relative to the root with '/' separators, sorted
 */
public record RuleTree(String origin, List<TreeFile> files) {

    /** The classpath folder the rules-core jar carries the default rule set in. */
    public static final String CLASSPATH_ROOT = "zwgk/drl";

    /** One file of the tree. */
    public record TreeFile(String path, byte[] content) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        public String name() {
            int slash = path.lastIndexOf('/');
            return slash < 0 ? path : path.substring(slash + 1);
        }
    }

    public Stream<TreeFile> drl() {
        return files.stream().filter(f -> f.path().endsWith(".drl"));
    }

    /** The duty templates, {@code templates/NAME.drt}. */
    public Stream<TreeFile> templates() {
        return files.stream().filter(f -> f.path().startsWith("templates/") && f.path().endsWith(".drt"));
    }

    public Stream<TreeFile> sources() {
        return files.stream().filter(f -> f.name().equals("source.yaml"));
    }

    public Stream<TreeFile> calendar() {
        return files.stream().filter(f -> f.path().startsWith("calendar/") && f.path().endsWith(".yaml"));
    }

    public Stream<TreeFile> cases() {
        return files.stream().filter(f -> f.path().endsWith(".cases.yaml"));
    }

    /** A content hash of every file that shapes results (all but the cases and docs), 12 hex digits. */
    public String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (TreeFile f : files) {
                if (f.path().endsWith(".cases.yaml") || !(f.path().endsWith(".drl") || f.path().endsWith(".yaml") || f.path().endsWith(".drt"))) {
                    continue;
                }
                sha.update(f.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.content());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RuleTree fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a rule directory: " + dir.toAbsolutePath());
        }
        return new RuleTree(dir.toAbsolutePath().toString(), read(dir));
    }

    public static RuleTree fromClasspath(ClassLoader cl) {
        URL url = cl.getResource(CLASSPATH_ROOT);
        if (url == null) {
            throw new IllegalStateException("no default rule set on the classpath (" + CLASSPATH_ROOT + ")");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                String s = uri.toString();
                int bang = s.indexOf("!/");
                URI jar = URI.create(s.substring(0, bang));
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(jar, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(jar);
                }
                return new RuleTree("classpath:" + CLASSPATH_ROOT, read(fs.getPath(s.substring(bang + 1))));
            }
            return new RuleTree("classpath:" + CLASSPATH_ROOT, read(Paths.get(uri)));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the default rule set at " + url + ": " + e.getMessage(), e);
        }
    }

    private static List<TreeFile> read(Path root) {
        List<TreeFile> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.")) {
                    continue; // editor swap files, .git
                }
                out.add(new TreeFile(rel, Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule directory " + root + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(TreeFile::path));
        return List.copyOf(out);
    }
}
