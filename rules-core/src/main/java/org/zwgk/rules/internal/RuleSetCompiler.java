package org.zwgk.rules.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.zwgk.rules.CatalogueEntry;
import org.zwgk.rules.RulebookLoadException;
import org.zwgk.rules.RulebookLoadException.Problem;
import org.zwgk.rules.Source;
import org.zwgk.rules.calendar.CalendarYear;
import org.zwgk.rules.calendar.StatutoryHolidays;
import org.zwgk.rules.calendar.WorkingDayCalendar;
import org.zwgk.rules.engine.Findings;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a {@link RuleTree} into a {@link CompiledRuleSet}: the calendar, the sources with their parameters, and
 * the DRL (classic DRL build, so errors point at DRL lines). Every problem is collected and reported together with
 * file and line; nothing half-loaded is ever returned.
 */
public final class RuleSetCompiler {

    static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** calendar/statutory.yaml: the statutory holidays a year without a notice is counted with, provisionally. */
    private static final String STATUTORY = "statutory.yaml";
    private static final Map<Class<?>, String> LISTS = RuleNeeds.listsByType();
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

    private RuleSetCompiler() {
    }

    public static CompiledRuleSet compile(RuleTree tree, ClassLoader cl) {
        return compile(tree, cl, null);
    }

    /**
     * As {@link #compile(RuleTree, ClassLoader)}, with the Drools build taken from {@code precompiled} (the same tree
     * compiled ahead of time, {@link Precompiled#find}) when not {@code null}: the calendar, sources, lint and scopes
     * are checked as always.
     */
    public static CompiledRuleSet compile(RuleTree tree, ClassLoader cl, Precompiled precompiled) {
        List<Problem> problems = new ArrayList<>();

        List<CalendarYear> years = new ArrayList<>();
        StatutoryHolidays[] statutory = {null};
        tree.calendar().forEach(f -> {
            if (f.name().equals(STATUTORY)) {
                try {
                    statutory[0] = StatutoryHolidays.read(new ByteArrayInputStream(f.content()), f.path());
                } catch (RuntimeException e) {
                    problems.add(new Problem(f.path(), 0, 0, rootMessage(e)));
                }
                return;
            }
            try {
                CalendarYear y = WorkingDayCalendar.readYear(new ByteArrayInputStream(f.content()), f.path());
                if (!f.name().equals(y.year() + ".yaml")) {
                    problems.add(new Problem(f.path(), 0, 0, "calendar file of year " + y.year() + " must be named " + y.year() + ".yaml"));
                }
                years.add(y);
            } catch (RuntimeException e) {
                problems.add(new Problem(f.path(), 0, 0, rootMessage(e)));
            }
        });
        WorkingDayCalendar calendar = null;
        try {
            calendar = WorkingDayCalendar.of(years, statutory[0]);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("calendar/", 0, 0, e.getMessage()));
        }

        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, String> sourceFiles = new LinkedHashMap<>();
        tree.sources().forEach(f -> {
            try {
                Source s = YAML.readValue(f.content(), Source.class);
                List<String> missing = new ArrayList<>();
                if (s.code() == null) missing.add("code");
                if (s.document() == null) missing.add("document");
                if (s.jurisdiction() == null) missing.add("jurisdiction");
                if (s.validFrom() == null) missing.add("validFrom");
                if (!missing.isEmpty()) {
                    problems.add(new Problem(f.path(), 0, 0, "source lacks " + String.join(", ", missing)));
                    return;
                }
                if (sources.containsKey(s.code())) {
                    problems.add(new Problem(f.path(), 0, 0, "source " + s.code() + " is also defined in " + sourceFiles.get(s.code())));
                    return;
                }
                if (s.bindsFrom() != null && (s.bindsFrom().isBefore(s.validFrom())
                        || (s.validTo() != null && s.bindsFrom().isAfter(s.validTo())))) {
                    problems.add(new Problem(f.path(), 0, 0, "bindsFrom " + s.bindsFrom() + " lies outside validFrom–validTo ("
                            + s.validFrom() + "–" + (s.validTo() == null ? "" : s.validTo()) + ")"));
                }
                s = ParameterDates.normalize(s, f.path(), new String(f.content(), java.nio.charset.StandardCharsets.UTF_8), problems);
                DeclaredKinds.problems(s).forEach(m -> problems.add(new Problem(f.path(), 0, 0, m)));
                sources.put(s.code(), s);
                sourceFiles.put(s.code(), f.path());
            } catch (Exception e) {
                problems.add(new Problem(f.path(), 0, 0, rootMessage(e)));
            }
        });
        Set<String> ids = new HashSet<>();
        sources.forEach((code, s) -> {
            for (Source.Duty d : s.duties()) {
                if (d.id() == null || !ids.add(d.id())) {
                    problems.add(new Problem(sourceFiles.get(code), 0, 0, d.id() == null ? "a duty lacks its id" : "duplicate id " + d.id()));
                }
                for (String p : d.parameters()) {
                    if (!s.parameters().containsKey(p)) {
                        problems.add(new Problem(sourceFiles.get(code), 0, 0, d.id() + " uses unknown parameter '" + p + "'"));
                    }
                }
            }
        });

        String version = tree.version();
        // Precompiled: the tree compiled cleanly when the artifact was built (its lint warnings are kept in it), so
        // neither the lint nor the DRL as Drools builds it is needed.
        boolean fromSource = precompiled == null;
        // the DRL as Drools builds it (agenda groups added), by package folder
        Map<String, Map<String, String>> toBuild = new LinkedHashMap<>();
        Map<String, RuleTree.TreeFile> drlFiles = new LinkedHashMap<>();
        List<Problem> warnings = new ArrayList<>();
        // A rule's source, jurisdiction and period are those of the source.yaml in its folder: stated once there.
        Map<String, Source> byFolder = new LinkedHashMap<>();
        sourceFiles.forEach((code, path) -> byFolder.put(folderOf(path), sources.get(code)));
        tree.drl().forEach(f -> {
            drlFiles.put(f.path(), f);
            String folder = folderOf(f.path());
            if (!byFolder.containsKey(folder)) {
                problems.add(new Problem(f.path(), 0, 0, "no source.yaml in " + (folder.isEmpty() ? "the top folder" : folder + "/")
                        + ": a rule file sits in the folder of the source whose duties it checks"));
            }
            if (fromSource) {
                DrlLint.check(f, byFolder.get(folder), problems, warnings);
            }
            Matcher m = PACKAGE.matcher(f.text());
            if (m.find() && !m.group(1).replace('.', '/').equals(folder)) {
                problems.add(new Problem(f.path(), lineOf(f.text(), m.start(1)), 0,
                        "package " + m.group(1) + " does not match the folder " + folder + " (write package " + folder.replace('/', '.') + ";)"));
            }
            if (fromSource) {
                toBuild.computeIfAbsent(folder, k -> new LinkedHashMap<>())
                        .put(f.path(), withAgendaGroups(f.text(), m.find(0) ? m.group(1) : "defaultpkg"));
            }
        });
        // Duty rows that name a template expand into rule files of their source's folder (source.yaml#ID.drl).
        Map<String, Source> sourcesByFile = new LinkedHashMap<>();
        sourceFiles.forEach((code, path) -> sourcesByFile.put(path, sources.get(code)));
        Map<String, DutyTemplates.Row> rows = new LinkedHashMap<>();
        for (DutyTemplates.Row row : DutyTemplates.expand(tree, sourcesByFile, problems)) {
            RuleTree.TreeFile f = new RuleTree.TreeFile(row.path(), row.drl().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            rows.put(row.path(), row);
            drlFiles.put(f.path(), f);
            if (fromSource) {
                DrlLint.check(f, byFolder.get(folderOf(f.path())), problems, warnings);
            }
            if (fromSource) {
                toBuild.computeIfAbsent(folderOf(f.path()), k -> new LinkedHashMap<>())
                        .put(f.path(), withAgendaGroups(f.text(), folderOf(f.path()).replace('/', '.')));
            }
        }
        if (drlFiles.isEmpty()) {
            problems.add(new Problem(tree.origin(), 0, 0, "no .drl files"));
        }
        if (!problems.isEmpty()) {
            throw new RulebookLoadException(atRows(problems, rows));
        }

        KieBase kieBase;
        if (precompiled != null) {
            kieBase = precompiled.kieBase();
            if (kieBase == null) { // compiled from another tree, or unreadable (logged): compile this one from source
                return compile(tree, cl, null);
            }
            for (Problem w : precompiled.warnings()) { // the lint's warnings, found again above, and the build's
                if (!warnings.contains(w)) {
                    warnings.add(w);
                }
            }
        } else {
            kieBase = CompiledPackages.build(toBuild, version, cl, tree.origin(), problems, warnings);
        }
        if (!problems.isEmpty()) {
            throw new RulebookLoadException(atRows(problems, rows));
        }

        Map<String, RuleScope> scopes = new LinkedHashMap<>();
        Set<String> globals = new HashSet<>();
        Map<String, RuleAt> ruleLines = ruleLines(drlFiles);
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Global g : pkg.getGlobalVariables()) {
                globals.add(g.getName());
            }
            String file = pkg.getName().replace('.', '/');
            for (Rule rule : pkg.getRules()) {
                RuleAt at = ruleLines.get(file + "/" + rule.getName());
                String path = at == null ? file : at.path();
                int line = at == null ? 0 : at.line();
                RuleScope scope = scope(rule, path, line, byFolder.get(file), problems);
                if (scope != null) {
                    scopes.put(key(rule), scope);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RulebookLoadException(atRows(problems, rows));
        }
        Map<String, Source> byPackage = new LinkedHashMap<>();
        byFolder.forEach((folder, src) -> byPackage.put(folder.replace('/', '.'), src));
        return new CompiledRuleSet(version, Instant.now(), tree, calendar, sources, Map.copyOf(byPackage),
                catalogue(sources, scopes), kieBase,
                scopes, Set.copyOf(globals), List.copyOf(atRows(warnings, rows)));
    }

    /**
     * A problem in a row's expansion is reported at the row: its source.yaml and line, its id and template, and the
     * line of the expansion ({@code rules show ID} prints it).
     */
    private static List<Problem> atRows(List<Problem> problems, Map<String, DutyTemplates.Row> rows) {
        if (rows.isEmpty()) {
            return problems;
        }
        List<Problem> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            DutyTemplates.Row row = rows.get(p.file());
            out.add(row == null ? p : new Problem(row.sourceFile(), row.line(), 0, "duty " + row.id() + " (template " + row.template()
                    + (p.line() > 0 ? ", line " + p.line() + " of its expansion" : "") + "): " + p.message()));
        }
        return out;
    }

    static String key(Rule rule) {
        return rule.getPackageName() + "/" + rule.getName();
    }

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WHEN = Pattern.compile("(?m)^(\\s*)when\\b");

    /**
     * Places each rule in an agenda group of its own, named by its {@link #key}, so that an evaluation evaluates only
     * the rules it gives the focus (those that can bind the fact set): the engine evaluates a rule's conditions
     * lazily, when its agenda group has the focus. The attribute is written on the rule's {@code when} line, so every
     * line keeps its number for error messages.
     */
    static String withAgendaGroups(String drl, String pkg) {
        StringBuilder out = new StringBuilder(drl.length() + 4096);
        Matcher rule = RULE.matcher(drl);
        Matcher when = WHEN.matcher(drl);
        int done = 0;
        while (rule.find(done)) {
            if (!when.find(rule.end())) {
                break;
            }
            int at = when.end(1);
            out.append(drl, done, at).append("agenda-group \"").append(pkg).append('/').append(rule.group(1)).append("\" ");
            done = at;
        }
        return out.append(drl.substring(done)).toString();
    }

    /** Metadata a rule must not repeat: its source.yaml states them once for every rule of the folder. */
    private static final List<String> STATED_BY_SOURCE = List.of("source", "jurisdiction", "validFrom", "validTo", "bindsFrom");

    private static RuleScope scope(Rule rule, String file, int line, Source s, List<Problem> problems) {
        String where = "rule \"" + rule.getName() + "\"";
        if (s == null) {
            problems.add(new Problem(file, line, 0, where + ": its folder has no source.yaml"));
            return null;
        }
        List<String> missing = new ArrayList<>();
        String id = Findings.metadata(rule, "id");
        String clause = Findings.metadata(rule, "clause");
        if (id == null) missing.add("@id");
        if (clause == null) missing.add("@clause");
        if (!missing.isEmpty()) {
            problems.add(new Problem(file, line, 0, where + " lacks " + String.join(", ", missing)));
            return null;
        }
        for (String key : STATED_BY_SOURCE) {
            if (rule.getMetaData().containsKey(key)) {
                problems.add(new Problem(file, line, 0, where + ": @" + key + " is stated once in " + s.code()
                        + "'s source.yaml, not in the rule; remove it"));
            }
        }
        if (s.duties().stream().noneMatch(d -> d.id().equals(id) && d.kind() != CatalogueEntry.Kind.GUIDANCE)) {
            problems.add(new Problem(file, line, 0, where + ": id " + id + " is not a checked duty of " + s.code() + "'s source.yaml"));
        }
        return new RuleScope(rule.getName(), file, id, s.code(), clause, s.jurisdiction(), s.validFrom(), s.validTo(),
                s.bindingFrom(), java.util.Set.copyOf(RuleNeeds.of(rule, LISTS)));
    }

    private static List<CatalogueEntry> catalogue(Map<String, Source> sources, Map<String, RuleScope> scopes) {
        List<CatalogueEntry> out = new ArrayList<>();
        for (Source s : sources.values()) {
            for (Source.Duty d : s.duties()) {
                List<String> rules = scopes.values().stream().filter(r -> r.id().equals(d.id())).map(RuleScope::ruleName).sorted().toList();
                out.add(new CatalogueEntry(d.id(), d.kind() == null ? CatalogueEntry.Kind.RULE : d.kind(), s.code(), s.document(),
                        d.clause(), d.summary(), s.jurisdiction(), s.validFrom(), s.validTo(), s.bindingFrom(), rules, d.parameters()));
            }
        }
        return List.copyOf(out);
    }

    /** Where a rule is written: its DRL file and the line of its {@code rule "…"}. */
    private record RuleAt(String path, int line) {
    }

    /**
     * Every rule's file and line, by folder/name, from one pass over each DRL file: the first file of the folder (in
     * path order) that writes the rule, at its first {@code rule "…"} line there.
     */
    private static Map<String, RuleAt> ruleLines(Map<String, RuleTree.TreeFile> drl) {
        Map<String, RuleAt> out = new java.util.HashMap<>();
        for (RuleTree.TreeFile f : drl.values()) {
            String text = f.text();
            String folder = folderOf(f.path());
            Matcher m = RULE.matcher(text);
            int line = 1;
            int at = 0;
            while (m.find()) {
                for (int i = at; i < m.start(); i++) {
                    if (text.charAt(i) == '\n') line++;
                }
                at = m.start();
                out.putIfAbsent(folder + "/" + m.group(1), new RuleAt(f.path(), line));
            }
        }
        return out;
    }

    private static String folderOf(String path) {
        return path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') line++;
        }
        return line;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage().lines().findFirst().orElse("");
    }
}
