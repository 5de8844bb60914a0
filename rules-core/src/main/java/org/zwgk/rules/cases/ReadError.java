package org.zwgk.rules.cases;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.zwgk.rules.facts.FactSet;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What is wrong in a YAML or JSON file a policy editor wrote (a cases file, a fact file), said so that a clerk can fix
 * it: the line, what is wrong in Chinese (English after it in parentheses), the nearest known name for a misspelt
 * one, the allowed values for a bad value — never Jackson's reference chain.
 *
 * @param line    the 1-based line, or 0 if unknown
 * @param column  the 1-based column, or 0 if unknown
 * @param chinese what is wrong, in Chinese, starting with the line ({@code 第10行：…})
 * @param english the same in English
 */
public record ReadError(int line, int column, String chinese, String english) {

    /** {@code 第10行：…（…）}: the Chinese text with the English after it. */
    public String message() {
        return chinese + "（" + english + "）";
    }

    /** Describes why Jackson could not read a file. */
    public static ReadError of(JsonProcessingException e) {
        return of(e, null);
    }

    /**
     * Describes why Jackson could not read {@code text}. With the text, an unknown name is placed on the line that
     * writes it (the YAML reader reports the line its value starts on, which for a list written below it is the next).
     */
    public static ReadError of(JsonProcessingException e, String text) {
        ReadError r = describe(e);
        if (text != null && r.line() > 0 && e instanceof UnrecognizedPropertyException u) {
            int at = keyLine(text, u.getPropertyName(), r.line());
            if (at > 0 && at != r.line()) {
                return new ReadError(at, 0, r.chinese().replaceFirst("^第" + r.line() + "行", "第" + at + "行"),
                        r.english().replace(" at line " + r.line(), " at line " + at));
            }
        }
        return r;
    }

    /** The last line at or before {@code line} that writes {@code key} as a key, or 0. */
    static int keyLine(String text, String key, int line) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(^|[\\s{,])[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:");
        List<String> lines = text.lines().toList();
        for (int i = Math.min(line, lines.size()); i >= 1; i--) {
            if (p.matcher(lines.get(i - 1)).find()) {
                return i;
            }
        }
        return 0;
    }

    private static ReadError describe(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        // The YAML parser places a mapping error at where it has read to (the next line, when a key's value starts
        // below it); the current token's own location is the key or value at fault.
        if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser p) {
            JsonLocation token = p.currentTokenLocation();
            if (token != null && token.getLineNr() > 0 && (loc == null || token.getLineNr() <= loc.getLineNr())) {
                loc = token;
            }
        }
        int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
        String at = line > 0 ? "第" + line + "行：" : "";
        String atEn = line > 0 ? " at line " + line : "";
        String field = e instanceof JsonMappingException m ? lastField(m) : null;

        if (e instanceof UnrecognizedPropertyException u) {
            String name = u.getPropertyName();
            List<String> known = known(u);
            String near = nearest(name, known);
            Class<?> owner = u.getReferringClass();
            String zh;
            String en;
            if (FactSet.class.isAssignableFrom(owner)) {
                zh = "未知的清单“" + name + "”";
                en = "unknown list '" + name + "'" + atEn;
            } else if (owner == ExampleCase.class || owner.getName().endsWith("ExampleCases$CaseFile")) {
                zh = "案例中未知的键“" + name + "”";
                en = "unknown key '" + name + "' of a case" + atEn;
            } else if (owner == ExampleCase.Expected.class) {
                zh = "预期结果（expect）中未知的键“" + name + "”";
                en = "unknown key '" + name + "' of an expected finding" + atEn;
            } else {
                zh = what(owner) + "没有字段“" + name + "”";
                en = "unknown field '" + name + "' of " + owner.getSimpleName() + atEn;
            }
            if (near != null) {
                zh += "，是否应为“" + near + "”？";
                en += " — did you mean '" + near + "'?";
            } else {
                zh += "；可写的名称：" + String.join("、", known) + "（见 docs/facts.md 或 bin/rules facts）";
                en += "; known names: " + String.join(", ", known);
            }
            return new ReadError(line, column, at + zh, en);
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            List<String> values = Arrays.stream(f.getTargetType().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            String value = String.valueOf(f.getValue());
            String near = nearest(value, values);
            String zh = at + (field == null ? "" : "“" + field + "”的") + "取值“" + value + "”无效，应为以下之一：" + String.join("、", values)
                    + (near == null ? "" : "；是否应为“" + near + "”？");
            String en = "bad value '" + value + "'" + (field == null ? "" : " for '" + field + "'") + atEn + "; allowed: "
                    + String.join(", ", values) + (near == null ? "" : " — did you mean '" + near + "'?");
            return new ReadError(line, column, zh, en);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null && Temporal.class.isAssignableFrom(m.getTargetType())) {
            String value = e instanceof InvalidFormatException f ? String.valueOf(f.getValue()) : null;
            String zh = at + (field == null ? "" : "“" + field + "”的") + "日期" + (value == null ? "" : "“" + value + "”")
                    + "无效，应写作 YYYY-MM-DD 的真实日期，如 2024-03-08";
            String en = "bad date" + (value == null ? "" : " '" + value + "'") + (field == null ? "" : " for '" + field + "'") + atEn
                    + "; write a real date as YYYY-MM-DD";
            return new ReadError(line, column, zh, en);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String expected = expectedShape(m.getTargetType());
            String zh = at + (field == null ? "" : "“" + field + "”") + "的写法不对，应为" + expected;
            String en = (field == null ? "value" : "'" + field + "'") + atEn + " has the wrong shape; expected "
                    + expectedShapeEn(m.getTargetType());
            return new ReadError(line, column, zh, en);
        }
        String original = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage().lines().findFirst().orElse("");
        if (e instanceof JsonParseException || syntax(e)) {
            return new ReadError(line, column, at + "格式错误（YAML或JSON写法不对，请检查缩进、冒号、括号和引号）", "syntax error" + atEn + ": " + original);
        }
        return new ReadError(line, column, at + (field == null ? "" : "“" + field + "”：") + "无法读取", "cannot read" + atEn
                + (field == null ? "" : " ('" + field + "')") + ": " + original);
    }

    /** Whether the YAML or JSON parser, not the mapping, failed (Jackson may wrap the parser's exception). */
    private static boolean syntax(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JsonParseException || t.getClass().getName().startsWith("org.yaml.snakeyaml")) {
                return true;
            }
        }
        return false;
    }

    /** The names one may write where the unknown one stands: the fact model's, else Jackson's. */
    private static List<String> known(UnrecognizedPropertyException u) {
        FactModel.Shape s = FactModel.facts().shape(u.getReferringClass());
        if (s != null) {
            return s.properties().stream().map(FactModel.Property::name).toList();
        }
        List<String> out = new ArrayList<>();
        if (u.getKnownPropertyIds() != null) {
            u.getKnownPropertyIds().forEach(o -> out.add(String.valueOf(o)));
        }
        return out;
    }

    /** A fact class as a clerk names it: 申请（Request）. */
    private static String what(Class<?> c) {
        Map<String, String> m = FactModel.facts().meanings().get(c.getSimpleName());
        String meaning = m == null ? null : m.get(FactModel.SELF);
        if (meaning == null) {
            return c.getSimpleName();
        }
        int cut = meaning.length();
        for (String stop : List.of("，", "；", "：", "（")) {
            int i = meaning.indexOf(stop);
            if (i > 0 && i < cut) cut = i;
        }
        return meaning.substring(0, cut) + "（" + c.getSimpleName() + "）";
    }

    private static String expectedShape(Class<?> t) {
        if (java.util.Collection.class.isAssignableFrom(t)) return "列表（[…] 或每行以“- ”开头）";
        if (t == String.class) return "文本";
        if (t == Integer.class || t == int.class) return "整数";
        if (t == Boolean.class || t == boolean.class) return "true 或 false";
        if (t == LocalDate.class) return "日期 YYYY-MM-DD";
        return "“键: 值”的一组字段（" + t.getSimpleName() + "）";
    }

    private static String expectedShapeEn(Class<?> t) {
        if (java.util.Collection.class.isAssignableFrom(t)) return "a list";
        if (t == String.class) return "text";
        if (t == Integer.class || t == int.class) return "a whole number";
        if (t == Boolean.class || t == boolean.class) return "true or false";
        return "a mapping (" + t.getSimpleName() + ")";
    }

    private static String lastField(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getFieldName() != null) {
                return path.get(i).getFieldName();
            }
        }
        return null;
    }

    /**
     * The known name nearest to {@code name} (edit distance, case ignored), if near enough to be a slip: at most 2
     * edits, or a third of the name for long names; {@code null} otherwise.
     */
    static String nearest(String name, List<String> known) {
        if (name == null || known.isEmpty()) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        String best = known.stream().min(Comparator.comparingInt((String k) -> distance(n, k.toLowerCase(Locale.ROOT)))
                .thenComparing(k -> k)).orElse(null);
        int d = distance(n, best.toLowerCase(Locale.ROOT));
        return d <= Math.max(2, n.length() / 3) ? best : null;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
