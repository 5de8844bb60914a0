package org.zwgk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.zwgk.rules.InvalidFactsException;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.RulebookLoadException;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.report.FilledReport;
import org.zwgk.rules.report.ProactiveTable;
import org.zwgk.rules.report.ReportTables;
import org.zwgk.rules.report.RequestRow;
import org.zwgk.rules.report.ReviewTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code rules report --year 2025 FACTS}: the annual report's tables (国办公开办函〔2021〕30号 parts 二, 三, 四) filled from
 * a unit's ledger, printed as the format lays them out, or as JSON or CSV (one line per non-zero cell with the request
 * ids it counts).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Fill the tables of a unit's annual report on disclosure work (国办公开办函〔2021〕30号) from its ledger.",
                "Requests need applicantKind and, once concluded, outcome and answeredOn; part 二 comes from proactiveCounts. "
                        + "Exit 1 when a request cannot be placed (the tables are then INCOMPLETE and the request is named) "
                        + "or the facts are invalid."})
final class ReportCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FACTS", description = "the ledger (.json, .yaml), the shape of examples/facts/township-ledger-2025.json")
    Path factsFile;

    @Option(names = "--year", paramLabel = "YEAR", required = true, description = "the calendar year reported on")
    int year;

    @Option(names = "--unit", paramLabel = "ID", description = "the unit's id (default: the file's only unit)")
    String unit;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "the rule directory to use, e.g. drl (default: the rules built into the jar)")
    Path rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        if (rules != null) {
            RuleDirs.requireDirectory(spec, rules, "rule directory");
        }
        FactFile file;
        try {
            file = FactFile.read(spec, factsFile);
        } catch (FactFile.Unreadable e) {
            out.println(e.getMessage());
            return RulesCommand.FOUND;
        }
        Rulebook book;
        try {
            book = rules == null ? Rulebook.load() : Rulebook.load(rules);
        } catch (RulebookLoadException e) {
            RuleDirs.printProblems(out, rules, e.problems(), List.of());
            out.println("the rules do not load (" + RuleDirs.plural(e.problems().size(), "error") + ")");
            return RulesCommand.FOUND;
        }
        FilledReport report;
        try {
            report = book.fillAnnualReport(file.facts(), unit, year);
        } catch (InvalidFactsException e) {
            EvaluateCommand.printInvalid(out, factsFile, e);
            return RulesCommand.FOUND;
        }
        switch (format) {
            case json -> out.println(EvaluateCommand.JSON.writeValueAsString(report));
            case csv -> printCsv(out, report);
            default -> printTables(out, report, file.facts().getUnits().stream()
                    .filter(u -> u.getId().equals(report.unit())).map(Unit::getName).findFirst().orElse(report.unit()));
        }
        return report.complete() ? RulesCommand.OK : RulesCommand.FOUND;
    }

    static void printTables(PrintWriter out, FilledReport r, String unitName) {
        ReportTables t = r.tables();
        out.println(unitName + " " + r.year() + "年度政府信息公开工作年度报告 统计表格（国办公开办函〔2021〕30号）");
        out.println();
        out.println("二、主动公开政府信息情况");
        ProactiveTable p = t.getProactive();
        if (p == null) {
            out.println("（台账未提供本年度主动公开情况 proactiveCounts，本部分未填）");
        } else {
            new Table("第二十条第（一）项", "本年制发件数", "本年废止件数", "现行有效件数")
                    .row("规章", n(p.getRulesIssued()), n(p.getRulesRepealed()), n(p.getRulesInForce()))
                    .row("行政规范性文件", n(p.getNormativeDocumentsIssued()), n(p.getNormativeDocumentsRepealed()),
                            n(p.getNormativeDocumentsInForce()))
                    .print(out);
            out.println();
            new Table("第二十条第（五）（六）项", "本年处理决定数量")
                    .row("行政许可", n(p.getLicensingDecisions()))
                    .row("行政处罚", n(p.getPenaltyDecisions()))
                    .row("行政强制", n(p.getCoercionDecisions()))
                    .print(out);
            out.println();
            new Table("第二十条第（八）项", "本年收费金额（单位：万元）")
                    .row("行政事业性收费", p.getFeeIncome() == null ? "" : p.getFeeIncome().toPlainString())
                    .print(out);
        }
        out.println();
        out.println("三、收到和处理政府信息公开申请情况");
        String[] header = new String[ReportTables.COLUMNS.size() + 1];
        header[0] = "申请人情况";
        for (int c = 0; c < ReportTables.COLUMNS.size(); c++) {
            header[c + 1] = ReportTables.COLUMNS.get(c);
        }
        Table three = new Table(header);
        for (RequestRow row : RequestRow.formatRows()) {
            String[] cells = new String[header.length];
            cells[0] = shortLabel(row);
            for (int c = 0; c < ReportTables.COLUMNS.size(); c++) {
                cells[c + 1] = String.valueOf(t.cell(row, c));
            }
            three.row(cells);
        }
        three.print(out);
        out.println("（每列：一＋二＝三（七）＋四）");
        out.println();
        out.println("四、政府信息公开行政复议、行政诉讼情况");
        List<String> cols = ReviewTable.COLUMNS;
        Table four = new Table("", cols.get(0), cols.get(1), cols.get(2), cols.get(3), cols.get(4));
        ReviewTable rv = t.getReviews();
        four.row(five("行政复议", rv.getReconsideration()));
        four.row(five("行政诉讼 未经复议直接起诉", rv.getDirectLitigation()));
        four.row(five("行政诉讼 复议后起诉", rv.getLitigationAfterReconsideration()));
        four.print(out);
        out.println();
        if (r.complete()) {
            out.println("完整：台账中每件申请均已计入（逐格对应的申请编号见 --format json 或 csv）");
        } else {
            out.println("INCOMPLETE 不完整：以下" + r.gaps().size() + "项无法计入表格");
            Table gaps = new Table("对象", "字段", "原因");
            r.gaps().forEach(g -> gaps.row(g.subject(), g.field(), g.reason()));
            gaps.print(out);
        }
    }

    /** The row as the printed table names it: the group's name on its first line, the line's own label after. */
    static String shortLabel(RequestRow row) {
        if (row.outcome() == null) {
            return row.label().startsWith("三、本年度办理结果") ? row.label().substring("三、本年度办理结果".length()) : row.label();
        }
        String group = row.outcome().group();
        String name = switch (group) {
            case "（三）" -> "不予公开";
            case "（四）" -> "无法提供";
            case "（五）" -> "不予处理";
            case "（六）" -> "其他处理";
            default -> "";
        };
        return name.isEmpty() ? group + row.outcome().label() : group + name + " " + row.outcome().label();
    }

    private static String[] five(String name, List<Integer> cells) {
        String[] out = new String[6];
        out[0] = name;
        for (int i = 0; i < 5; i++) {
            out[i + 1] = cells == null || i >= cells.size() ? "0" : String.valueOf(cells.get(i));
        }
        return out;
    }

    private static String n(Integer v) {
        return v == null ? "" : v.toString();
    }

    /** One line per non-zero cell: part, row, column, value, the request ids; then part 二's counts. */
    static void printCsv(PrintWriter out, FilledReport r) {
        out.println("部分,行,列,数值,申请编号");
        ProactiveTable p = r.tables().getProactive();
        if (p != null) {
            ReportTables.PROACTIVE_CELLS.forEach((key, getter) -> {
                Number v = getter.apply(p);
                if (v != null) {
                    int bar = key.indexOf('|');
                    String value = v instanceof BigDecimal b ? b.toPlainString() : v.toString();
                    out.println(csv("二", key.substring(0, bar), key.substring(bar + 1), value, ""));
                }
            });
        }
        for (FilledReport.Cell c : r.cells()) {
            out.println(csv(c.part(), c.row(), c.column(), String.valueOf(c.value()), String.join(" ", c.ids())));
        }
        for (FilledReport.Gap g : r.gaps()) {
            out.println(csv("INCOMPLETE", g.subject(), g.field(), "", g.reason()));
        }
    }

    private static String csv(String... cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            if (i > 0) {
                sb.append(',');
            }
            boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n");
            sb.append(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        return sb.toString();
    }
}
