package org.zwgk.rules.internal;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;
import org.zwgk.rules.RulebookLoadException.Problem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Drools build of a rule tree, one package (source folder) at a time, remembering each package's compiled form
 * in this JVM: a reload after an edit compiles only the folders whose DRL changed and takes the others as they were
 * compiled before (a hot reload of one edited plan, the validate endpoint on a tree that differs by one file).
 *
 * <p>A package is reused only when everything its compilation read is the same: the DRL as Drools builds it (the
 * duty rows' expansions included), the class files its imports name, Drools' and this compiler's classes, and the
 * class loader it was compiled against. Whether compiled now or earlier, every package enters the KieBase the same
 * way — serialized once, then read back ({@link Precompiled}'s path, which the example cases check) — so a rule set
 * does not depend on which of its packages happened to be remembered. Errors and warnings keep their DRL file,
 * line and column: a changed package is compiled from its files as they are.
 */
public final class CompiledPackages {
    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    /** Packages remembered per class loader (a dev-mode restart brings a new one); at most this many per loader. */
    private static final int KEPT = 64;
    private static final Map<ClassLoader, Map<String, Compiled>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());
    private static final AtomicLong REUSED = new AtomicLong();
    /** {@code -Dzwgk.compiled-packages=off}: compile every package every time (to measure, or to rule the reuse out). */
    public static final String OFF_PROPERTY = "zwgk.compiled-packages";

    /** One package's compiled form and the build's warnings for its files; {@code bytes} null if no package came out. */
    private record Compiled(byte[] bytes, List<Problem> warnings) {
    }

    private CompiledPackages() {
    }

    /**
     * Builds a KieBase from the DRL of each package folder ({@code files}: folder → path → DRL text), compiling the
     * folders not compiled before; adds the build's errors to {@code problems} (and returns {@code null}) or its
     * warnings to {@code warnings}.
     */
    static KieBase build(Map<String, Map<String, String>> files, String version, ClassLoader cl, String origin,
                         List<Problem> problems, List<Problem> warnings) {
        Map<String, Compiled> kept = CACHE.computeIfAbsent(cl, k -> Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Compiled> eldest) {
                return size() > KEPT;
            }
        }));
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, Compiled> compiled = new LinkedHashMap<>();
        Map<String, Map<String, String>> toCompile = new LinkedHashMap<>();
        files.forEach((folder, drl) -> {
            String key = key(folder, drl, cl);
            keys.put(folder, key);
            Compiled c = "off".equals(System.getProperty(OFF_PROPERTY)) ? null : kept.get(key);
            if (c != null) {
                compiled.put(folder, c);
                REUSED.incrementAndGet();
            } else {
                toCompile.put(folder, drl);
            }
        });
        if (!toCompile.isEmpty()) {
            Map<String, Compiled> fresh = compile(toCompile, version, cl, origin, problems);
            if (fresh == null) {
                return null;
            }
            fresh.forEach((folder, c) -> {
                kept.put(keys.get(folder), c);
                compiled.put(folder, c);
            });
        }
        List<InternalKnowledgePackage> packages = new ArrayList<>();
        for (String folder : files.keySet()) { // the tree's order, whichever packages were remembered
            Compiled c = compiled.get(folder);
            warnings.addAll(c.warnings());
            if (c.bytes() != null) {
                packages.add(read(c.bytes(), cl));
            }
        }
        InternalKnowledgeBase kb = KnowledgeBaseFactory.newKnowledgeBase(RuleBaseFactory.newKnowledgeBaseConfiguration(null, cl));
        kb.addPackages(packages);
        return kb;
    }

    /** How many packages were taken as compiled before, since this JVM started (tests and diagnostics). */
    public static long reused() {
        return REUSED.get();
    }

    /** Compiles these folders together; {@code null} (and the errors in {@code problems}) if they do not compile. */
    private static Map<String, Compiled> compile(Map<String, Map<String, String>> files, String version, ClassLoader cl,
                                                 String origin, List<Problem> problems) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.zwgk.rulebook", "rules-" + version, "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        files.values().forEach(drl -> drl.forEach((path, text) -> kfs.write(RESOURCES + path, text)));
        KieBuilder builder = ks.newKieBuilder(kfs, cl).buildAll();
        Map<String, List<Problem>> warningsByFolder = new LinkedHashMap<>();
        boolean failed = false;
        for (Message msg : builder.getResults().getMessages()) {
            String path = msg.getPath() == null ? origin : msg.getPath().replace(RESOURCES, "");
            Problem p = new Problem(path, Math.max(0, msg.getLine()), Math.max(0, msg.getColumn()), msg.getText().strip());
            if (msg.getLevel() == Message.Level.ERROR) {
                problems.add(p);
                failed = true;
            } else {
                warningsByFolder.computeIfAbsent(folderOf(path), k -> new ArrayList<>()).add(p);
            }
        }
        if (failed) {
            return null; // the caller reports the problems (a template row's at the row)
        }
        KieContainer container = ks.newKieContainer(releaseId, cl);
        Map<String, byte[]> byFolder = new LinkedHashMap<>();
        for (KiePackage pkg : container.getKieBase().getKiePackages()) {
            byFolder.put(pkg.getName().replace('.', '/'), write(pkg));
        }
        container.dispose();
        ks.getRepository().removeKieModule(releaseId);
        Map<String, Compiled> out = new LinkedHashMap<>();
        files.keySet().forEach(folder -> out.put(folder,
                new Compiled(byFolder.get(folder), List.copyOf(warningsByFolder.getOrDefault(folder, List.of())))));
        // warnings about no file of these folders (the build's own) stay with the first one compiled now
        warningsByFolder.forEach((folder, ws) -> {
            if (!files.containsKey(folder) && !out.isEmpty()) {
                String first = out.keySet().iterator().next();
                List<Problem> all = new ArrayList<>(out.get(first).warnings());
                all.addAll(ws);
                out.put(first, new Compiled(out.get(first).bytes(), List.copyOf(all)));
            }
        });
        return out;
    }

    /** What a package's compilation read: its DRL, the class files it imports, Drools' and the compiler's classes. */
    private static String key(String folder, Map<String, String> drl, ClassLoader cl) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Precompiled.update(sha, folder); // (the class loader: the cache keeps one map per loader)
            TreeSet<String> imports = new TreeSet<>(Precompiled.DROOLS);
            drl.forEach((path, text) -> {
                Precompiled.update(sha, path);
                Precompiled.update(sha, text);
                Precompiled.importsOf(text, imports);
            });
            Precompiled.updateWithClasses(sha, imports, cl);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] write(KiePackage pkg) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(pkg);
        } catch (IOException e) {
            throw new UncheckedIOException("package " + pkg.getName() + " cannot be serialized", e);
        }
        return bytes.toByteArray();
    }

    private static InternalKnowledgePackage read(byte[] bytes, ClassLoader cl) {
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes), cl)) {
            return (InternalKnowledgePackage) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("a compiled package cannot be read back: " + e, e);
        }
    }

    private static String folderOf(String path) {
        return path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    }
}
