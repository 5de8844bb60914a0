package org.zwgk.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two replicas of the packaged service (two processes, two ports on 127.0.0.1) on one rule directory (a copy of the
 * calendar and the national rules of {@code drl/}, made for the test): a rule changes,
 * and both come to serve the same new version, each by its own watcher (one by file-system events, one by polling as
 * on a network volume). Both keep the versions they served in one shared archive. Both are always stopped.
 */
class ReplicasConvergeIT {
    private static final Duration READY = Duration.ofSeconds(240);
    private static final Duration CONVERGE = Duration.ofSeconds(120);
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([0-9a-f]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path tmp;

    @Test
    void twoInstancesOnOneRuleDirectoryConvergeOnTheChangedRuleSet() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "package the service first: " + jar);
        // the calendar, the national rules and the duty templates: a whole rule tree, a quarter of drl/, so each check is short
        Path drlRoot = Path.of("..", "drl").toAbsolutePath().normalize();
        Path rules = tmp.resolve("drl");
        copy(drlRoot.resolve("calendar"), rules.resolve("calendar"));
        copy(drlRoot.resolve("national"), rules.resolve("national"));
        copy(drlRoot.resolve("templates"), rules.resolve("templates")); // the duty templates national rows expand from
        Path archive = tmp.resolve("archive");
        List<Process> replicas = new ArrayList<>();
        try {
            int a = freePort();
            int b = freePort();
            replicas.add(start(jar, a, rules, archive, "a"));
            replicas.add(start(jar, b, rules, archive, "b", "-Dzwgk.rules.watch.poll-interval=1s"));
            awaitReady(a, replicas.get(0));
            awaitReady(b, replicas.get(1));
            String before = version(a);
            assertEquals(before, version(b), "one directory, one version");

            // a rule's message changes (its example cases still pass, so the new tree is accepted)
            Path drl = rules.resolve("national/ogi/requests.drl");
            String text = Files.readString(drl, StandardCharsets.UTF_8);
            String changed = text.replaceFirst("findings\\.satisfied\\(kcontext, (\\$\\w+), \"", "findings.satisfied(kcontext, $1, \"（已复核）");
            assertNotEquals(text, changed, "no findings.satisfied(kcontext, $x, \"…\") left to change in " + drl);
            Files.writeString(drl, changed, StandardCharsets.UTF_8);

            Instant deadline = Instant.now().plus(CONVERGE);
            String va = before;
            String vb = before;
            while (Instant.now().isBefore(deadline) && (va.equals(before) || !va.equals(vb))) {
                Thread.sleep(250);
                va = version(a);
                vb = version(b);
            }
            assertNotEquals(before, va, "replica a still serves " + before + " after " + CONVERGE + log("a"));
            assertEquals(va, vb, "the replicas serve different versions" + log("a") + log("b"));
            assertTrue(Files.isDirectory(archive.resolve(before)), "the first version is archived");
            assertTrue(Files.isDirectory(archive.resolve(va)), "the new version is archived");
        } finally {
            for (Process p : replicas) {
                p.destroy();
            }
            for (Process p : replicas) {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                }
            }
        }
    }

    private Process start(Path jar, int port, Path rules, Path archive, String name, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dzwgk.rules.dir=" + rules, "-Dzwgk.rules.archive-dir=" + archive, "-Dzwgk.rules.watch.quiet-period=300ms"));
        cmd.addAll(List.of(extra));
        cmd.addAll(List.of("-jar", jar.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile()).start();
    }

    private void awaitReady(int port, Process p) throws InterruptedException {
        Instant deadline = Instant.now().plus(READY);
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                fail("a replica stopped (exit " + p.exitValue() + ")" + log("a") + log("b"));
            }
            if (get(port, "/q/health/ready").statusCode() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        fail("a replica was not ready within " + READY + log("a") + log("b"));
    }

    private static String version(int port) {
        HttpResponse<String> r = get(port, "/api/v1/ruleset");
        Matcher m = VERSION.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new AssertionError("GET /api/v1/ruleset on " + port + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    private static HttpResponse<String> get(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A connection that failed (not listening yet), as a response with status 0. */
    private record Failed(IOException cause) implements HttpResponse<String> {
        public int statusCode() { return 0; }
        public HttpRequest request() { return null; }
        public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
        public java.net.http.HttpHeaders headers() { return java.net.http.HttpHeaders.of(java.util.Map.of(), (x, y) -> true); }
        public String body() { return String.valueOf(cause); }
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return java.util.Optional.empty(); }
        public URI uri() { return null; }
        public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
    }

    private String log(String name) {
        try {
            Path f = tmp.resolve(name + ".log");
            if (!Files.exists(f)) {
                return "";
            }
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.contains("agenda-group")).toList();
            return "\n--- replica " + name + " (last lines)\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Path t = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(f, t);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
