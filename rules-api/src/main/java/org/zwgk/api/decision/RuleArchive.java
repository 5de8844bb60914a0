package org.zwgk.api.decision;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.zwgk.rules.Rulebook;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Keeps every rule set the service has answered with, by version, in {@code zwgk.rules.archive-dir}: the files it was
 * compiled from (the built-in rules included) in {@code <archive-dir>/<version>/}, a rule directory that
 * {@code rules replay --archive <archive-dir>} loads to judge a logged decision again. A version already kept is not
 * written again; a version is written to a hidden folder first and moved into place in one step, so several
 * replicas can share one archive directory.
 */
@ApplicationScoped
public class RuleArchive {
    private static final Logger LOG = Logger.getLogger(RuleArchive.class);

    @ConfigProperty(name = "zwgk.rules.archive-dir", defaultValue = "${java.io.tmpdir}/zwgk-rules-archive")
    Path archiveDir;

    /** Keeps the rule set unless its version is already there. A failure is logged, never thrown: the service goes on. */
    public void keep(Rulebook book) {
        Path target = archiveDir.resolve(book.version());
        if (Files.isDirectory(target)) {
            return;
        }
        Path tmp = archiveDir.resolve("." + book.version() + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.createDirectories(archiveDir);
            book.writeTree(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            LOG.infof("rule set %s archived in %s", book.version(), target.toAbsolutePath());
        } catch (FileAlreadyExistsException e) {
            // another replica kept the same version meanwhile
        } catch (IOException | RuntimeException e) {
            if (!Files.isDirectory(target)) {
                LOG.warnf("rule set %s could not be archived in %s: %s", book.version(), archiveDir.toAbsolutePath(), e);
            }
        } finally {
            delete(tmp);
        }
    }

    /** The archive directory. */
    public Path directory() {
        return archiveDir;
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left behind: hidden, ignored by readers
                }
            });
        } catch (IOException e) {
            // left behind
        }
    }
}
