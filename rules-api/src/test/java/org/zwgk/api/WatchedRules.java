package org.zwgk.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A test profile whose service watches a temporary copy of {@code ../drl}, made before the service starts and deleted
 * after it stops. The tests edit the copy, never the repository's tree.
 */
public class WatchedRules implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Copy.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("zwgk.rules.watch.quiet-period", "300ms");
    }

    /** Where the copy is (set before the service starts). */
    static volatile Path dir;

    public static class Copy implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            Path source = Path.of("..", "drl").toAbsolutePath().normalize();
            if (!Files.isDirectory(source)) {
                throw new IllegalStateException("no rule tree at " + source);
            }
            try {
                Path target = Files.createTempDirectory("zwgk-watched-drl-");
                try (Stream<Path> walk = Files.walk(source)) {
                    for (Path p : walk.toList()) {
                        Path t = target.resolve(source.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(t);
                        } else {
                            Files.copy(p, t);
                        }
                    }
                }
                dir = target;
                return Map.of("zwgk.rules.dir", target.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
            if (dir == null) {
                return;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // a temporary directory: the system cleans it eventually
            }
        }
    }
}
