package org.zwgk.api.reload;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.zwgk.api.model.RulesetStatus;
import org.zwgk.api.service.RulebookService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the rule directory ({@code zwgk.rules.dir}) and every folder under it; once it has been still for the quiet
 * period after a change, asks {@link RulebookService} to check it in the background (and swap it in if it compiles and
 * every case passes). File-system events by default; with {@code zwgk.rules.watch.poll-interval} set, it polls the
 * files' sizes and modification times instead (for network file systems, where events do not arrive).
 * Editor swap and backup files (names starting with '.' or ending with '~') are ignored.
 */
@ApplicationScoped
public class RulesWatcher {
    private static final Logger LOG = Logger.getLogger(RulesWatcher.class);

    @Inject
    RulebookService rules;

    @ConfigProperty(name = "zwgk.rules.watch.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "zwgk.rules.watch.quiet-period", defaultValue = "500ms")
    Duration quietPeriod;

    @ConfigProperty(name = "zwgk.rules.watch.poll-interval")
    Optional<Duration> pollInterval;

    private volatile boolean running;
    private volatile String mode = "off";
    private Thread thread;
    private WatchService watchService;
    private final Map<WatchKey, Path> keys = new HashMap<>();

    void onStart(@Observes StartupEvent ev) {
        Optional<Path> dir = rules.rulesDir();
        if (!enabled || dir.isEmpty()) {
            return;
        }
        Path root = dir.get().toAbsolutePath();
        running = true;
        if (pollInterval.isEmpty()) {
            try {
                watchService = root.getFileSystem().newWatchService();
                registerAll(root);
                mode = "watch-service";
            } catch (IOException | RuntimeException e) {
                LOG.warnf("cannot watch %s with file-system events (%s); polling every 2s instead", root, e.getMessage());
                closeWatchService();
                pollInterval = Optional.of(Duration.ofSeconds(2));
            }
        }
        if (watchService == null) {
            mode = "polling";
        }
        WatchService ws = watchService;
        thread = new Thread(ws != null ? () -> watchLoop(ws) : () -> pollLoop(root), "zwgk-rules-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("watching %s for rule changes (%s, quiet period %d ms%s)", root, mode, quietPeriod.toMillis(),
                pollInterval.map(p -> ", every " + p.toMillis() + " ms").orElse(""));
    }

    void onStop(@Observes ShutdownEvent ev) {
        running = false;
        closeWatchService();
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** How the directory is watched, for the status endpoint. */
    public RulesetStatus.Watch describe() {
        return new RulesetStatus.Watch(mode, quietPeriod.toMillis(),
                "polling".equals(mode) ? pollInterval.map(Duration::toMillis).orElse(null) : null);
    }

    private void watchLoop(WatchService ws) {
        long quiet = Math.max(1, quietPeriod.toMillis());
        boolean dirty = false;
        while (running) {
            WatchKey key;
            try {
                key = dirty ? ws.poll(quiet, TimeUnit.MILLISECONDS) : ws.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            if (key == null) {
                // the tree has been still for the quiet period since the last change
                dirty = false;
                rules.checkInBackground("watch");
                continue;
            }
            Path folder = keys.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                    dirty = true;
                    continue;
                }
                Path child = folder.resolve((Path) event.context());
                if (ignored(child.getFileName())) {
                    continue;
                }
                dirty = true;
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                    try {
                        registerAll(child);
                    } catch (IOException | RuntimeException e) {
                        LOG.warnf("cannot watch the new folder %s: %s", child, e.getMessage());
                    }
                }
            }
            if (!key.reset()) {
                keys.remove(key);
            }
        }
    }

    private void pollLoop(Path root) {
        long interval = Math.max(50, pollInterval.orElseThrow().toMillis());
        long quiet = quietPeriod.toMillis();
        String last = fingerprint(root);
        boolean dirty = false;
        long changedAt = 0;
        while (running) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            String now = fingerprint(root);
            if (!now.equals(last)) {
                last = now;
                dirty = true;
                changedAt = System.nanoTime();
            } else if (dirty && TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - changedAt) >= quiet) {
                dirty = false;
                rules.checkInBackground("watch");
            }
        }
    }

    /** Paths, sizes and modification times of the tree's files. */
    static String fingerprint(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.filter(Files::isRegularFile).filter(p -> !hidden(root.relativize(p))).sorted().forEach(p -> {
                        try {
                            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                            sha.update((root.relativize(p) + "\0" + a.size() + "\0" + a.lastModifiedTime().toMillis() + "\n")
                                    .getBytes(StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            // vanished while walking: the next poll sees the new state
                        }
                    });
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | RuntimeException e) {
            return "unreadable: " + e.getMessage();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (ignored(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ignored(Path name) {
        String s = name == null ? "" : name.toString();
        return s.startsWith(".") || s.endsWith("~");
    }

    private void registerAll(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(start) && ignored(dir.getFileName())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                WatchKey key = dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                keys.put(key, dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void closeWatchService() {
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                // closing anyway
            }
            watchService = null;
        }
    }
}
