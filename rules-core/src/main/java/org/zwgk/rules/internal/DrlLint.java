package org.zwgk.rules.internal;

import org.zwgk.rules.RulebookLoadException.Problem;
import org.zwgk.rules.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks DRL text before it is compiled. A rule file is code: an edited file must not be able to do more than judge
 * facts, so anything that reaches the system, the runtime, reflection, files, the network or threads is an error,
 * and imports are limited to the fact model, the product's helpers and plain value types. A number written in a rule
 * where its source has a parameter of that value is a warning: the editor meant the parameter.
 */
final class DrlLint {

    /** Import prefixes a rule file may use. */
    private static final List<String> ALLOWED_IMPORTS = List.of(
            "org.zwgk.rules.facts.", "org.zwgk.rules.engine.", "org.zwgk.rules.deadline.", "org.zwgk.rules.fees.",
            "org.zwgk.rules.Status", "java.time.", "java.math.BigDecimal", "java.math.RoundingMode",
            "java.util.List", "java.util.ArrayList", "java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.Set", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.TreeMap",
            "java.util.Collection", "java.util.Collections", "java.util.Comparator", "java.util.Objects",
            "java.util.Optional", "java.util.stream.Collectors", "java.util.Arrays", "java.util.EnumMap",
            "java.util.EnumSet", "java.util.Iterator", "java.util.SortedSet", "java.util.SortedMap",
            "java.util.NavigableMap", "java.util.NavigableSet", "java.util.Deque", "java.util.ArrayDeque");

    private record Forbidden(Pattern pattern, String what) {
    }

    private static final List<Forbidden> FORBIDDEN = List.of(
            new Forbidden(Pattern.compile("\\bSystem\\s*\\."), "the system (System.…)"),
            new Forbidden(Pattern.compile("\\b(Runtime|ProcessBuilder|Process|ProcessHandle|SecurityManager)\\b"), "the runtime or processes"),
            new Forbidden(Pattern.compile("\\b(Thread|ThreadLocal|Executors?|ExecutorService|CompletableFuture|ForkJoinPool)\\b"), "threads"),
            new Forbidden(Pattern.compile("\\b(Class\\s*\\.\\s*forName|ClassLoader|getClass\\s*\\(|getDeclared\\w*|setAccessible|MethodHandles?)\\b"), "reflection"),
            new Forbidden(Pattern.compile("\\bjava\\s*\\.\\s*lang\\s*\\.\\s*(reflect|invoke)\\b"), "reflection"),
            new Forbidden(Pattern.compile("\\b(File|Files|Path|Paths|FileSystems?|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile)\\b"), "files"),
            new Forbidden(Pattern.compile("\\bjava\\s*\\.\\s*(io|nio)\\b"), "files"),
            new Forbidden(Pattern.compile("\\b(URL|URI|Socket|ServerSocket|HttpClient|InetAddress|DatagramSocket)\\b"), "the network"),
            new Forbidden(Pattern.compile("\\bjava\\s*\\.\\s*net\\b"), "the network"),
            new Forbidden(Pattern.compile("\\b(javax|sun|jdk|com\\s*\\.\\s*sun)\\s*\\."), "platform internals"),
            new Forbidden(Pattern.compile("\\b(exit|halt|exec|loadLibrary)\\s*\\("), "the system"),
            new Forbidden(Pattern.compile("\\b(getKieRuntime|getKnowledgeRuntime|getWorkingMemory|getKieBase|getChannels|getEntryPoint)\\b"), "the engine's session"),
            new Forbidden(Pattern.compile("\\bjava\\s*\\.\\s*util\\s*\\.\\s*(concurrent|logging|jar|zip|prefs|ServiceLoader|Timer|Scanner)\\b"), "the system"));

    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(static\\s+|function\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;?");
    private static final Pattern GLOBAL = Pattern.compile("(?m)^\\s*global\\s+([\\w.]+)\\s+\\w+");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])(\\d+)(?![\\w.])");

    private DrlLint() {
    }

    /** Errors (code that reaches beyond the facts) are added to {@code errors}; parameter literals to {@code warnings}. */
    static void check(RuleTree.TreeFile f, Source folderSource, List<Problem> errors, List<Problem> warnings) {
        String text = f.text();
        String code = blankCommentsAndStrings(text);
        Matcher imp = IMPORT.matcher(code);
        while (imp.find()) {
            String name = imp.group(2);
            if (ALLOWED_IMPORTS.stream().noneMatch(name::startsWith)) {
                errors.add(problem(f, text, imp.start(2), "import " + name + " is not allowed: rules may use the fact model, "
                        + "the product's helpers (org.zwgk.rules.*) and value types (java.time, java.math, java.util collections)"));
            }
        }
        Matcher glob = GLOBAL.matcher(code);
        while (glob.find()) {
            String type = glob.group(1);
            if (type.contains(".") && ALLOWED_IMPORTS.stream().noneMatch(type::startsWith)) {
                errors.add(problem(f, text, glob.start(1), "global of type " + type + " is not allowed"));
            }
        }
        for (Forbidden fb : FORBIDDEN) {
            Matcher m = fb.pattern().matcher(code);
            while (m.find()) {
                errors.add(problem(f, text, m.start(), "'" + m.group().trim() + "' reaches " + fb.what()
                        + ", which rules may not do: a rule only judges facts"));
            }
        }
        literalParameters(f, text, code, folderSource, warnings);
    }

    /** Flags whole numbers in rule conditions and consequences that equal a parameter of the file's source. */
    private static void literalParameters(RuleTree.TreeFile f, String text, String code, Source folderSource, List<Problem> warnings) {
        List<Source> cited = folderSource == null ? List.of() : List.of(folderSource);
        String body = Pattern.compile("@\\w+\\s*\\([^)]*\\)").matcher(code).replaceAll(m -> " ".repeat(m.group().length()));
        List<int[]> rules = ruleBlocks(body);
        Matcher num = NUMBER.matcher(body);
        while (num.find()) {
            int at = num.start(1);
            if (rules.stream().noneMatch(r -> at > r[0] && at < r[1])) {
                continue; // functions and declarations: an index or a constant there is not a duty's number
            }
            long v;
            try {
                v = Long.parseLong(num.group(1));
            } catch (NumberFormatException e) {
                continue;
            }
            if (v < 2) {
                continue;
            }
            for (Source s : cited) {
                for (var p : s.parameters().entrySet()) {
                    if (p.getValue().value() instanceof Number n && n.doubleValue() == v) {
                        warnings.add(problem(f, text, num.start(1), "literal " + v + " where source " + s.code() + " has parameter '"
                                + p.getKey() + "' = " + v + " (" + p.getValue().clause() + "): read it with params.integer(\""
                                + s.code() + "\", \"" + p.getKey() + "\")"));
                    }
                }
            }
        }
    }

    private static final Pattern RULE_START = Pattern.compile("(?m)^\\s*rule\\b");
    private static final Pattern RULE_END = Pattern.compile("(?m)^\\s*end\\b");

    /** The [start, end) offsets of each {@code rule … end} block. */
    private static List<int[]> ruleBlocks(String code) {
        List<int[]> out = new ArrayList<>();
        Matcher start = RULE_START.matcher(code);
        Matcher end = RULE_END.matcher(code);
        int from = 0;
        while (start.find(from)) {
            if (!end.find(start.end())) {
                out.add(new int[] {start.start(), code.length()});
                break;
            }
            out.add(new int[] {start.start(), end.end()});
            from = end.end();
        }
        return out;
    }

    private static Problem problem(RuleTree.TreeFile f, String text, int offset, String message) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Problem(f.path(), line, col, message);
    }

    /** The text with comments and string contents replaced by spaces, keeping every offset and line. */
    static String blankCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                while (i < n && !(s.charAt(i) == '*' && i + 1 < n && s.charAt(i + 1) == '/')) {
                    if (s.charAt(i) != '\n') out.setCharAt(i, ' ');
                    i++;
                }
                if (i < n) {
                    out.setCharAt(i++, ' ');
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '"' || c == '\'') {
                char q = c;
                i++;
                while (i < n && s.charAt(i) != q && s.charAt(i) != '\n') {
                    if (s.charAt(i) == '\\' && i + 1 < n) {
                        out.setCharAt(i++, ' ');
                    }
                    out.setCharAt(i++, ' ');
                }
                i++;
            } else {
                i++;
            }
        }
        return out.toString();
    }
}
