package org.zwgk.rules.internal;

import org.zwgk.rules.RulebookLoadException.Problem;
import org.zwgk.rules.Source;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code parameters:} block of a {@code source.yaml}: checks each parameter's dated list and turns the short form
 * ({@code value: 7}) into a one-entry list in force from the source's {@code validFrom}. A value with
 * {@code brackets} is a scale (threshold → rate) and is checked as one.
 */
final class ParameterDates {

    private ParameterDates() {
    }

    /** The source with every parameter dated; each problem (file, parameter, line) is added to {@code problems}. */
    static Source normalize(Source s, String file, String text, List<Problem> problems) {
        Map<String, Source.Parameter> out = new LinkedHashMap<>();
        s.parameters().forEach((name, p) -> {
            int line = lineOf(text, name);
            String where = "parameter " + name;
            if (p == null) {
                problems.add(new Problem(file, line, 0, where + " has neither value nor values"));
                return;
            }
            if (p.values().isEmpty()) {
                if (p.value() == null) {
                    problems.add(new Problem(file, line, 0, where + " has neither value nor values"));
                    return;
                }
                out.put(name, p.datedFrom(s.validFrom()));
                return;
            }
            if (p.value() != null && p.value() != p.values().get(p.values().size() - 1).value()) {
                problems.add(new Problem(file, line, 0, where + " has both value and values: keep one"));
                return;
            }
            LocalDate previous = null;
            for (int i = 0; i < p.values().size(); i++) {
                Source.Parameter.Dated d = p.values().get(i);
                if (d == null || d.from() == null) {
                    problems.add(new Problem(file, line, 0, where + ": values entry " + (i + 1) + " lacks from"));
                    return;
                }
                if (d.value() == null) {
                    problems.add(new Problem(file, line, 0, where + ": values entry " + (i + 1) + " (from " + d.from() + ") lacks value"));
                    return;
                }
                if (previous != null && !d.from().isAfter(previous)) {
                    problems.add(new Problem(file, line, 0, where + ": values are not in ascending order of from ("
                            + d.from() + " follows " + previous + ")"));
                    return;
                }
                previous = d.from();
                if (d.value() instanceof Map<?, ?> m && m.containsKey("brackets")) {
                    try {
                        org.zwgk.rules.fees.Scale.of(d.value(), s.code() + "." + name);
                    } catch (IllegalArgumentException e) {
                        problems.add(new Problem(file, line, 0, where + " (from " + d.from() + "): " + e.getMessage()));
                        return;
                    }
                }
            }
            out.put(name, p);
        });
        return s.withParameters(out);
    }

    /** The 1-based line of {@code name:} in the file's {@code parameters:} block, or 0 if not found. */
    static int lineOf(String text, String name) {
        String[] lines = text.split("\n", -1);
        boolean inParameters = false;
        Pattern key = Pattern.compile("^\\s+" + Pattern.quote(name) + "\\s*:");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith("parameters:")) {
                inParameters = true;
                continue;
            }
            if (inParameters && !l.isEmpty() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("#")) {
                inParameters = false;
            }
            Matcher m = key.matcher(l);
            if (inParameters && m.find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
