package org.zwgk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal with Chinese text: East Asian wide and fullwidth
 * characters count as two columns. The last column is not padded (it holds the message).
 */
final class Table {
    private static final String GAP = "  ";
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these column headings (none: no heading line). */
    Table(String... header) {
        this.header = List.of(header);
    }

    Table row(String... cells) {
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c).toList());
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        int cols = Math.max(header.size(), rows.stream().mapToInt(List::size).max().orElse(0));
        int[] widths = new int[cols];
        List<List<String>> all = new ArrayList<>();
        if (!header.isEmpty()) {
            all.add(header);
        }
        all.addAll(rows);
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], width(r.get(i)));
            }
        }
        if (!header.isEmpty()) {
            out.println(line(header, widths));
            List<String> rule = new ArrayList<>();
            for (int i = 0; i < cols; i++) {
                rule.add("-".repeat(i == cols - 1 ? Math.max(width(header.get(i)), 4) : widths[i]));
            }
            out.println(line(rule, widths));
        }
        rows.forEach(r -> out.println(line(r, widths)));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            sb.append(c);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(widths[i] - width(c))).append(GAP);
            }
        }
        return sb.toString().stripTrailing();
    }

    /** The columns a string takes in a terminal: 2 for each East Asian wide or fullwidth character, 0 for marks. */
    static int width(String s) {
        return s.codePoints().map(Table::width).sum();
    }

    static int width(int cp) {
        int type = Character.getType(cp);
        if (cp == 0 || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /** East Asian Width W or F (Unicode UAX #11), the ranges that occur in practice. */
    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)      // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E)  // CJK radicals, Kangxi, CJK symbols and punctuation (、。〔〕「」)
                || (cp >= 0x3041 && cp <= 0x33FF)  // kana, Bopomofo, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)  // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)  // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)  // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)  // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)  // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)  // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)  // fullwidth forms (，：（）)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)  // fullwidth signs (￥)
                || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF) // emoji
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
    }
}
