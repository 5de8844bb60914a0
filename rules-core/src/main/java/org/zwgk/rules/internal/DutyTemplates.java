package org.zwgk.rules.internal;

import org.drools.template.ObjectDataCompiler;
import org.zwgk.rules.RulebookLoadException.Problem;
import org.zwgk.rules.Source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Duty templates: a row of a source.yaml {@code duties:} list that names a {@code template} is expanded, with Drools'
 * rule templates ({@code drools-templates}), into DRL in the package of the source's folder, before the rule set is
 * compiled. The expansion is a virtual rule file named {@code <folder>/source.yaml#<ID>.drl}, so its rules get the
 * source's metadata exactly like the rules written by hand.
 *
 * <p>A template is {@code templates/NAME.drt}: comment lines ({@code //}), then {@code template header} and one
 * parameter name a line, then {@code package templates;}, the imports and globals, and one or more
 * {@code template "…"} … {@code end template} blocks in which {@code @{param}} stands for the row's value. Every row
 * gets {@code id}, {@code clause} and {@code code} (the source's code) from the row and its source; every other
 * parameter of the header is given in the row's {@code with:} map, and the row may give no other. A header parameter
 * written {@code name?} is optional: a block ({@code template "…"} … {@code end template}) that uses a parameter the
 * row leaves out is not expanded for that row.
 */
public final class DutyTemplates {

    /** The parameters every row fills from itself and its source. */
    static final Set<String> BUILT_IN = Set.of("id", "clause", "code");
    /** Template parameters whose value is the name of one of the source's parameters (the number stays there). */
    static final Set<String> SOURCE_PARAMETER = Set.of("max", "count", "interval", "warning", "days", "calendarDays", "workingDays", "rate");
    /** A {@code schedule} value: a kind of period, with the source parameter it reads. */
    private static final Pattern SCHEDULE = Pattern.compile("months|quarters|year|(days-of-month|until):\\s*([\\w-]+)");

    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^package\\s+[\\w.]+\\s*;?\\s*$");
    private static final Pattern TEMPLATE_NAME = Pattern.compile("^templates/([^/]+)\\.drt$");

    private DutyTemplates() {
    }

    /**
     * One templated row and the DRL it expands to.
     *
     * @param sourceFile the source.yaml it is a row of (path in the rule tree)
     * @param line       the row's line in that file (its {@code id:}), 0 if not found
     * @param id         the duty id
     * @param template   the template's name
     * @param path       the virtual rule file the expansion is compiled as
     * @param drl        the expansion
     */
    public record Row(String sourceFile, int line, String id, String template, String path, String drl) {
    }

    /** A template file: its name, path and header parameters in order. */
    record Template(String name, String path, List<String> parameters, Set<String> optional, String body) {
    }

    /** The templates of the tree by name; a template that cannot be read is a problem of its file. */
    static Map<String, Template> templates(RuleTree tree, List<Problem> problems) {
        Map<String, Template> out = new TreeMap<>();
        tree.templates().forEach(f -> {
            Matcher m = TEMPLATE_NAME.matcher(f.path());
            if (!m.matches()) {
                problems.add(new Problem(f.path(), 0, 0, "a template sits directly in templates/ (templates/NAME.drt)"));
                return;
            }
            List<String> params = new ArrayList<>();
            Set<String> optional = new LinkedHashSet<>();
            StringBuilder body = new StringBuilder();
            boolean inHeader = false;
            boolean headerSeen = false;
            for (String line : f.text().split("\n", -1)) {
                String t = line.strip();
                if (!headerSeen && (t.startsWith("//") || t.isEmpty())) {
                    continue; // the opening comment (what the template is for) is not part of the DRL
                }
                if (t.equals("template header")) {
                    inHeader = true;
                    headerSeen = true;
                } else if (inHeader && t.startsWith("package ")) {
                    inHeader = false;
                } else if (inHeader && !t.isEmpty()) {
                    String name = t.endsWith("?") ? t.substring(0, t.length() - 1).strip() : t;
                    params.add(name);
                    if (!name.equals(t)) {
                        optional.add(name);
                    }
                    body.append(name).append('\n');
                    continue;
                }
                body.append(line).append('\n');
            }
            if (!headerSeen || params.isEmpty()) {
                problems.add(new Problem(f.path(), 0, 0, "a template starts with 'template header' and its parameter names, one a line,"
                        + " then 'package templates;'"));
                return;
            }
            out.put(m.group(1), new Template(m.group(1), f.path(), List.copyOf(params), Set.copyOf(optional), body.toString()));
        });
        return out;
    }

    /**
     * Expands every templated row of the given sources (keyed by their source.yaml path). A row whose template is
     * unknown, whose parameters do not match the template's, or whose expansion fails is a problem at the row's line
     * in its source.yaml, naming its id; it yields no row.
     */
    public static List<Row> expand(RuleTree tree, Map<String, Source> sourcesByFile, List<Problem> problems) {
        Map<String, Template> templates = templates(tree, problems);
        Map<String, Map<String, String>> kinds = DeclaredKinds.of(sourcesByFile.values());
        Map<String, String> texts = new LinkedHashMap<>();
        tree.sources().forEach(f -> texts.put(f.path(), f.text()));
        List<Row> out = new ArrayList<>();
        sourcesByFile.forEach((file, source) -> {
            String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
            for (Source.Duty d : source.duties()) {
                for (Source.Also a : d.also()) {
                    // a further shape of the same plan item: its own virtual file, source.yaml#ID+TEMPLATE.drl
                    if (a.template() == null) {
                        problems.add(rowProblem(file, texts.get(file), d, "an entry of 'also:' names no template"));
                        continue;
                    }
                    Row row = expand(file, folder, texts.get(file), source, d.as(a), "+" + a.template(), templates, kinds, problems);
                    if (row != null) {
                        out.add(row);
                    }
                }
                if (d.template() == null) {
                    if (!d.with().isEmpty()) {
                        problems.add(rowProblem(file, texts.get(file), d, "'with:' gives template parameters but the row names no template"));
                    }
                    continue;
                }
                Row row = expand(file, folder, texts.get(file), source, d, "", templates, kinds, problems);
                if (row != null) {
                    out.add(row);
                }
            }
        });
        return List.copyOf(out);
    }

    private static Row expand(String file, String folder, String text, Source source, Source.Duty d, String suffix,
                              Map<String, Template> templates, Map<String, Map<String, String>> kinds,
                              List<Problem> problems) {
        Template t = templates.get(d.template());
        if (t == null) {
            problems.add(rowProblem(file, text, d, "unknown template '" + d.template() + "'; known templates: "
                    + (templates.isEmpty() ? "(none in templates/)" : String.join(", ", templates.keySet()))));
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", d.id());
        values.put("clause", d.clause());
        values.put("code", source.code());
        List<String> errors = new ArrayList<>();
        Set<String> given = new LinkedHashSet<>(d.with().keySet());
        for (String key : given) {
            if (BUILT_IN.contains(key)) {
                errors.add("'" + key + "' comes from the row itself, not from 'with:'");
            } else if (!t.parameters().contains(key)) {
                errors.add("template " + t.name() + " has no parameter '" + key + "' (its parameters: " + ownParameters(t) + ")");
            }
        }
        for (String p : t.parameters()) {
            if (BUILT_IN.contains(p)) {
                if (values.get(p) == null) {
                    errors.add("the row lacks its " + p);
                }
                continue;
            }
            Object v = d.with().get(p);
            if ((v == null || v.toString().isBlank()) && t.optional().contains(p)) {
                continue; // the template's blocks that use it are left out
            }
            if (v == null || v.toString().isBlank()) {
                errors.add("missing template parameter '" + p + "' (template " + t.name() + " needs: " + ownParameters(t) + ")");
                continue;
            }
            String s = render(v);
            if (s.indexOf('"') >= 0 || s.indexOf('\\') >= 0 || s.indexOf('\n') >= 0) {
                errors.add("template parameter '" + p + "' may not hold \", \\ or a line break (write “ ” for quotes)");
                continue;
            }
            if (SOURCE_PARAMETER.contains(p) && !source.parameters().containsKey(s)) {
                errors.add("template parameter '" + p + "' names '" + s + "', which is not a parameter of " + source.code()
                        + " (its parameters: " + String.join(", ", source.parameters().keySet()) + ")");
                continue;
            }
            String list = p.equals("event") || (p.equals("kind") && "Event".equals(String.valueOf(d.with().get("fact"))))
                    ? "events" : p.equals("kind") ? "submissions" : null;
            if (list != null && !kinds.get(list).containsKey(s)) {
                errors.add("template parameter '" + p + "' is '" + s + "', which no source declares under kinds: " + list
                        + ": (known: " + String.join(", ", kinds.get(list).keySet()) + ")");
                continue;
            }
            if (p.equals("schedule")) {
                Matcher sm = SCHEDULE.matcher(s.strip());
                if (!sm.matches()) {
                    errors.add("schedule '" + s + "' is none of months, quarters, year, days-of-month:PARAMETER, until:PARAMETER");
                    continue;
                }
                if (sm.group(2) != null && !source.parameters().containsKey(sm.group(2))) {
                    errors.add("schedule '" + s + "' names '" + sm.group(2) + "', which is not a parameter of " + source.code());
                    continue;
                }
            }
            values.put(p, s);
        }
        if (!errors.isEmpty()) {
            errors.forEach(e -> problems.add(rowProblem(file, text, d, e)));
            return null;
        }
        Set<String> omitted = new LinkedHashSet<>(t.optional());
        omitted.removeAll(values.keySet());
        String body = withoutBlocksUsing(t.body(), omitted);
        String drl;
        try {
            drl = new ObjectDataCompiler().compile(List.of(values),
                    new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            problems.add(rowProblem(file, text, d, "template " + t.name() + " could not be expanded: " + (e.getMessage() == null ? e.toString() : e.getMessage())));
            return null;
        }
        String pkg = folder.replace('/', '.');
        Matcher m = PACKAGE_LINE.matcher(drl);
        drl = m.find() ? drl.substring(0, m.start()) + "package " + pkg + ";" + drl.substring(m.end()) : "package " + pkg + ";\n" + drl;
        String head = "// " + d.id() + "（" + d.clause() + "）由 " + file + " 的一行按模板 " + t.path() + " 生成"
                + (d.summary() == null ? "" : "\n// " + d.summary().replace('\n', ' ')) + "\n";
        return new Row(file, lineOfRow(text, d.id()), d.id(), t.name(), virtualPath(folder, d.id() + suffix), head + drl.strip() + "\n");
    }

    /**
     * Reads the tree's source.yaml files and expands their templated rows, as the compiler does ({@code rules show}).
     * A source.yaml that cannot be read, and a row that cannot be expanded, is in {@code problems}.
     */
    public static List<Row> expand(RuleTree tree, List<Problem> problems) {
        Map<String, Source> byFile = new LinkedHashMap<>();
        tree.sources().forEach(f -> {
            try {
                byFile.put(f.path(), RuleSetCompiler.YAML.readValue(f.content(), Source.class));
            } catch (Exception e) {
                problems.add(new Problem(f.path(), 0, 0, e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("")));
            }
        });
        return expand(tree, byFile, problems);
    }

    private static final Pattern BLOCK = Pattern.compile("(?ms)^template\\s+\"[^\"]*\"\\s*$.*?^end template\\s*$\\n?");

    /** The template text without the blocks that use one of the parameters the row leaves out. */
    static String withoutBlocksUsing(String body, Set<String> omitted) {
        if (omitted.isEmpty()) {
            return body;
        }
        Matcher m = BLOCK.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean uses = omitted.stream().anyMatch(p -> m.group().contains("@{" + p + "}"));
            m.appendReplacement(out, uses ? "" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The rule file a row's expansion is compiled as. */
    static String virtualPath(String folder, String id) {
        return (folder.isEmpty() ? "" : folder + "/") + "source.yaml#" + id + ".drl";
    }

    private static String ownParameters(Template t) {
        List<String> own = t.parameters().stream().filter(p -> !BUILT_IN.contains(p)).toList();
        return own.isEmpty() ? "(none)" : String.join(", ", own);
    }

    private static String render(Object v) {
        if (v instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(v);
    }

    private static Problem rowProblem(String file, String text, Source.Duty d, String message) {
        return new Problem(file, lineOfRow(text, d.id()), 0, "duty " + d.id() + ": " + message);
    }

    /** The line of the row's {@code id:} in the source.yaml text, 0 if not found. */
    static int lineOfRow(String text, String id) {
        if (text == null || id == null) {
            return 0;
        }
        Matcher m = Pattern.compile("(?m)^[ \\t-]*id:[ \\t]*[\"']?" + Pattern.quote(id) + "[\"']?[ \\t]*(#.*)?$").matcher(text);
        if (!m.find()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') line++;
        }
        return line;
    }
}
