package org.zwgk.rules.internal;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.zwgk.rules.RulebookLoadException.Problem;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in rule set compiled when rules-core is built: its KiePackages (rules, network definitions and the
 * consequences' compiled classes) serialized into the jar as {@value #RESOURCE}, so that {@code Rulebook.load()}
 * starts without parsing and compiling the DRL. The calendar, the sources, the lint and the scopes are still read
 * from the tree at load (they are cheap); only the Drools build is skipped.
 *
 * <p>The artifact carries a fingerprint: a SHA-256 over every DRL, duty template and YAML file of the tree it was compiled from, the
 * class files the DRL imports (the fact model and the engine helpers the rules call), the Drools and Java versions
 * and this format's number. A load whose tree or classes differ in any of these does not use it: it compiles from
 * source, as a rule directory is always compiled, and says why on the {@code org.zwgk.rules} logger. The editor's
 * path ({@code Rulebook.load(Path)}: validate, hot reload) never uses it, so its errors keep their DRL line and column.
 */
public final class Precompiled {
    /** Where the rules-core jar carries the compiled built-in rule set (beside, not inside, the rule tree). */
    public static final String RESOURCE = "zwgk/rulebook.kbase";
    /** {@code -Dzwgk.precompiled=off}: compile the built-in rules at load as if the jar carried no compiled form. */
    public static final String OFF_PROPERTY = "zwgk.precompiled";
    private static final String MAGIC = "zwgk-rulebook-kbase";
    /** Raise when the artifact's layout or what the compiler writes into the DRL (agenda groups…) changes. */
    private static final int FORMAT = 1;
    private static final System.Logger LOG = System.getLogger("org.zwgk.rules");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(static\\s+|function\\s+)?([\\w.$]+)\\s*;?");

    /** Classes of Drools whose serialized form the artifact holds: their class files stand for the Drools version. */
    static final List<String> DROOLS = List.of("org.drools.base.definitions.impl.KnowledgePackageImpl",
            "org.drools.base.definitions.rule.impl.RuleImpl", "org.drools.core.impl.KnowledgeBaseImpl",
            "org.drools.mvel.MVELDialectRuntimeData", "org.drools.base.rule.JavaDialectRuntimeData",
            // and the compiler, which rewrites the DRL (agenda groups) before Drools builds it
            "org.zwgk.rules.internal.RuleSetCompiler");

    /** The artifact read and its KieBase built, or {@code null} if it does not fit the tree (then compile from source). */
    private final CompletableFuture<Read> read;

    /** What the artifact holds, and the KieBase of its packages. */
    private record Read(List<Problem> warnings, KieBase kieBase) {
    }

    private Precompiled(CompletableFuture<Read> read) {
        this.read = read;
    }

    /**
     * The compiled form of {@code tree} on the classpath, read and built into a KieBase on a thread of its own while
     * the caller reads the calendar, sources and duty rows (the two halves of a load take about as long each);
     * {@code null} if it is switched off or the jar carries none. Whether it fits this tree is known when
     * {@link #kieBase()} answers: {@code null} then means compile from source.
     */
    public static Precompiled find(RuleTree tree, ClassLoader cl) {
        if ("off".equals(System.getProperty(OFF_PROPERTY))) {
            LOG.log(System.Logger.Level.INFO, OFF_PROPERTY + "=off: compiling the rules");
            return null;
        }
        if (cl.getResource(RESOURCE) == null) {
            LOG.log(System.Logger.Level.INFO, "no precompiled rule set on the classpath (" + RESOURCE + "): compiling the rules");
            return null;
        }
        CompletableFuture<Read> read = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (InputStream raw = cl.getResourceAsStream(RESOURCE)) {
                read.complete(raw == null ? null : readAndBuild(raw, tree, cl));
            } catch (IOException | RuntimeException | LinkageError e) {
                LOG.log(System.Logger.Level.WARNING, "the precompiled rule set (" + RESOURCE + ") cannot be read (" + e
                        + "): compiling the rules");
                read.complete(null);
            }
        }, "zwgk-rules-precompiled");
        t.setDaemon(true);
        t.setContextClassLoader(cl);
        t.start();
        return new Precompiled(read);
    }

    /**
     * The compiled form in {@code raw} if it was compiled from {@code tree} with these classes and versions, else
     * {@code null} (and the reason logged).
     */
    public static Precompiled read(InputStream raw, RuleTree tree, ClassLoader cl) {
        Read r = readAndBuild(raw, tree, cl);
        return r == null ? null : new Precompiled(CompletableFuture.completedFuture(r));
    }

    private static Read readAndBuild(InputStream raw, RuleTree tree, ClassLoader cl) {
        try (ObjectInputStream in = new DroolsObjectInputStream(new BufferedInputStream(raw, 1 << 16), cl)) {
            String magic = in.readUTF();
            String fingerprint = in.readUTF();
            String expected = fingerprint(tree, cl);
            if (!MAGIC.equals(magic) || !expected.equals(fingerprint)) {
                LOG.log(System.Logger.Level.WARNING, "the precompiled rule set (" + RESOURCE + ") was compiled from other rules,"
                        + " classes or versions than these (fingerprint " + abbrev(fingerprint) + ", expected " + abbrev(expected)
                        + "): compiling the rules");
                return null;
            }
            int n = in.readInt();
            List<Problem> warnings = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                warnings.add(new Problem(in.readUTF(), in.readInt(), in.readInt(), in.readUTF()));
            }
            @SuppressWarnings("unchecked")
            List<InternalKnowledgePackage> packages = (List<InternalKnowledgePackage>) in.readObject();
            // building the network is half of the work: done here, on the reading thread, too
            InternalKnowledgeBase kb = KnowledgeBaseFactory.newKnowledgeBase(RuleBaseFactory.newKnowledgeBaseConfiguration(null, cl));
            kb.addPackages(packages);
            return new Read(List.copyOf(warnings), kb);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "the precompiled rule set (" + RESOURCE + ") cannot be read (" + e
                    + "): compiling the rules");
            return null;
        }
    }

    /** The compiler's warnings when the artifact was built (a rule set that compiled, perhaps with warnings). */
    List<Problem> warnings() {
        Read r = read.join();
        return r == null ? List.of() : r.warnings();
    }

    /**
     * The KieBase of the precompiled packages (nothing parsed or compiled), waiting for it if it is still being built;
     * {@code null} if the artifact was compiled from another tree or cannot be read (the reason is logged).
     */
    KieBase kieBase() {
        Read r = read.join();
        return r == null ? null : r.kieBase();
    }

    /** Writes the compiled form of {@code rules}, compiled from {@code tree}, to {@code out}. */
    public static void write(CompiledRuleSet rules, RuleTree tree, ClassLoader cl, OutputStream out) throws IOException {
        try (ObjectOutputStream o = new DroolsObjectOutputStream(new BufferedOutputStream(out, 1 << 16))) {
            o.writeUTF(MAGIC);
            o.writeUTF(fingerprint(tree, cl));
            o.writeInt(rules.warnings().size());
            for (Problem p : rules.warnings()) {
                o.writeUTF(p.file());
                o.writeInt(p.line());
                o.writeInt(p.column());
                o.writeUTF(p.message());
            }
            List<KiePackage> packages = new ArrayList<>(rules.kieBase().getKiePackages());
            o.writeObject(packages);
        }
    }

    /**
     * Compiles the rule set on the classpath (the copy the build placed under {@code zwgk/drl/}) and writes its compiled
     * form under {@code classes} (the classes directory), as {@value #RESOURCE}. A rule set that does not compile gets
     * no artifact (a stale one is removed): loading it compiles from source and reports the problems with their lines.
     *
     * @return what was done, for the build's log
     */
    public static String writeBuiltIn(Path classes, ClassLoader cl) throws IOException {
        Path target = classes.resolve(RESOURCE);
        Files.deleteIfExists(target);
        long t0 = System.nanoTime();
        RuleTree tree = RuleTree.fromClasspath(cl);
        CompiledRuleSet rules;
        try {
            rules = RuleSetCompiler.compile(tree, cl);
        } catch (org.zwgk.rules.RulebookLoadException e) {
            return "the built-in rule set does not compile; no " + RESOURCE + " written:\n" + e.getMessage();
        }
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(rules, tree, cl, out);
        }
        return String.format("%s: %d rules of rule set %s, %d bytes, in %d ms", target,
                rules.scopes().size(), rules.version(), Files.size(target), (System.nanoTime() - t0) / 1_000_000);
    }

    /** {@link #writeBuiltIn} from the command line: {@code args[0]} is the classes directory. */
    public static void main(String[] args) throws IOException {
        ClassLoader cl = Precompiled.class.getClassLoader();
        Thread.currentThread().setContextClassLoader(cl);
        System.out.println("[precompile] " + writeBuiltIn(Path.of(args[0]), cl));
        System.exit(0); // Drools may leave non-daemon threads behind
    }

    /**
     * What the compiled form depends on: the tree's DRL and YAML files, the class files the DRL imports, the Drools and
     * Java versions and {@link #FORMAT}.
     */
    static String fingerprint(RuleTree tree, ClassLoader cl) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, MAGIC + "/" + FORMAT + "/" + Runtime.version().feature());
            TreeSet<String> imports = new TreeSet<>(DROOLS);
            for (RuleTree.TreeFile f : tree.files()) {
                if (f.path().endsWith(".cases.yaml")
                        || !(f.path().endsWith(".drl") || f.path().endsWith(".drt") || f.path().endsWith(".yaml"))) {
                    continue;
                }
                update(sha, f.path());
                sha.update(f.content());
                sha.update((byte) 0);
                if (f.path().endsWith(".drl") || f.path().endsWith(".drt")) { // a template's imports are its rows'
                    importsOf(f.text(), imports);
                }
            }
            updateWithClasses(sha, imports, cl);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the classes {@code drl} imports to {@code imports} (for a static or function import, its class). */
    static void importsOf(String drl, Set<String> imports) {
        Matcher m = IMPORT.matcher(drl);
        while (m.find()) {
            String name = m.group(2);
            imports.add(m.group(1) != null ? name.substring(0, Math.max(0, name.lastIndexOf('.'))) : name);
        }
    }

    /** Hashes each named class's class file, in the order given: what compiled DRL depends on besides its text. */
    static void updateWithClasses(MessageDigest sha, Iterable<String> classes, ClassLoader cl) {
        for (String name : classes) {
            byte[] bytes = classBytes(name, cl);
            update(sha, name);
            if (bytes != null) {
                sha.update(bytes);
            }
            sha.update((byte) 0);
        }
    }

    /** The class file of a class named as in an import ({@code a.b.C}, or a nested {@code a.b.C.D}), or {@code null}. */
    private static byte[] classBytes(String name, ClassLoader cl) {
        String path = name.replace('.', '/');
        while (true) {
            try (InputStream in = cl.getResourceAsStream(path + ".class")) {
                if (in != null) {
                    return in.readAllBytes();
                }
            } catch (IOException e) {
                return null;
            }
            int slash = path.lastIndexOf('/');
            if (slash < 0) {
                return null;
            }
            path = path.substring(0, slash) + "$" + path.substring(slash + 1);
        }
    }

    static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static String abbrev(String fingerprint) {
        return fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
    }
}
