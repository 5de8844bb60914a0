package org.zwgk.rules.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The statistical tables of an annual report on disclosure work, as 《中华人民共和国政府信息公开工作年度报告格式》
 * (国办公开办函〔2021〕30号) lays them out: part 二 ({@link ProactiveTable}), part 三 (a row of seven numbers per
 * {@link RequestRow}: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计) and part 四
 * ({@link ReviewTable}). A part left out ({@code null}) is not checked; in part 三 a row left out reads as seven zeros.
 * <p>
 * The methods below set each cell against what the format says it must equal; the check rules
 * ({@code drl/national/report/}) decide and word the findings.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ReportTables {
    /** Part 三's columns, in the format's order; the first six are the applicant's kinds. */
    public static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    /** The index of 总计 among {@link #COLUMNS}. */
    public static final int TOTAL_COLUMN = 6;

    private ProactiveTable proactive;
    private Map<RequestRow, List<Integer>> requests;
    private ReviewTable reviews;

    /** 二、主动公开政府信息情况 */
    public ProactiveTable getProactive() { return proactive; }
    public void setProactive(ProactiveTable proactive) { this.proactive = proactive; }

    /** 三、收到和处理政府信息公开申请情况: each row's seven numbers, by row. */
    public Map<RequestRow, List<Integer>> getRequests() { return requests; }
    public void setRequests(Map<RequestRow, List<Integer>> requests) {
        this.requests = requests == null ? null : new EnumMap<>(requests.isEmpty() ? new EnumMap<>(RequestRow.class) : requests);
    }

    /** 四、政府信息公开行政复议、行政诉讼情况 */
    public ReviewTable getReviews() { return reviews; }
    public void setReviews(ReviewTable reviews) { this.reviews = reviews; }

    /** A part 三 cell; a row left out, or a cell beyond its row, reads as 0. */
    public int cell(RequestRow row, int column) {
        if (requests == null) {
            return 0;
        }
        List<Integer> cells = requests.get(row);
        if (cells == null || column >= cells.size() || cells.get(column) == null) {
            return 0;
        }
        return cells.get(column);
    }

    // ── 三: the format's checks ─────────────────────────────────────────────────────────────────────────────

    /**
     * Per column: 三（七）＋四 (stated) against 一＋二 (expected); the format's 勾稽关系 一＋二＝三（七）＋四.
     */
    @JsonIgnore
    public List<Comparison> getBalances() {
        List<Comparison> out = new ArrayList<>();
        if (requests == null) {
            return out;
        }
        for (int c = 0; c < COLUMNS.size(); c++) {
            int in = cell(RequestRow.NEW, c) + cell(RequestRow.CARRIED_OVER, c);
            int outCount = cell(RequestRow.TOTAL, c) + cell(RequestRow.CARRIED_FORWARD, c);
            out.add(new Comparison("三（七）总计＋四、结转下年度继续办理", COLUMNS.get(c), outCount, in,
                    "一、本年新收" + cell(RequestRow.NEW, c) + "＋二、上年结转" + cell(RequestRow.CARRIED_OVER, c)
                            + "；三（七）总计" + cell(RequestRow.TOTAL, c) + "＋四、结转下年度" + cell(RequestRow.CARRIED_FORWARD, c)));
        }
        return out;
    }

    /** Per column: 三（七）总计 against the sum of the 21 result lines （一）…（六）. */
    @JsonIgnore
    public List<Comparison> getResultTotals() {
        List<Comparison> out = new ArrayList<>();
        if (requests == null) {
            return out;
        }
        for (int c = 0; c < COLUMNS.size(); c++) {
            int sum = 0;
            for (RequestRow r : RequestRow.resultLines()) {
                sum += cell(r, c);
            }
            out.add(new Comparison(RequestRow.TOTAL.label(), COLUMNS.get(c), cell(RequestRow.TOTAL, c), sum, "（一）至（六）各项之和"));
        }
        return out;
    }

    /** Per group subtotal the report states, per column: the subtotal against the sum of its numbered lines. */
    @JsonIgnore
    public List<Comparison> getGroupTotals() {
        List<Comparison> out = new ArrayList<>();
        if (requests == null) {
            return out;
        }
        for (RequestRow g : RequestRow.values()) {
            if (!g.isGroup() || !requests.containsKey(g)) {
                continue;
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                int sum = 0;
                for (RequestRow line : g.lines()) {
                    sum += cell(line, c);
                }
                out.add(new Comparison(g.label(), COLUMNS.get(c), cell(g, c), sum, "本组各项之和"));
            }
        }
        return out;
    }

    /** Per row the report gives: 总计 against the sum of the six applicant columns. */
    @JsonIgnore
    public List<Comparison> getApplicantTotals() {
        List<Comparison> out = new ArrayList<>();
        if (requests == null) {
            return out;
        }
        for (RequestRow r : requests.keySet()) {
            int sum = 0;
            for (int c = 0; c < TOTAL_COLUMN; c++) {
                sum += cell(r, c);
            }
            out.add(new Comparison(r.label(), COLUMNS.get(TOTAL_COLUMN), cell(r, TOTAL_COLUMN), sum, "自然人及法人或其他组织五列之和"));
        }
        return out;
    }

    // ── 四 ──────────────────────────────────────────────────────────────────────────────────────────────────

    /** Per group of part 四: 总计 against 结果维持＋结果纠正＋其他结果＋尚未审结. */
    @JsonIgnore
    public List<Comparison> getReviewTotals() {
        List<Comparison> out = new ArrayList<>();
        if (reviews == null) {
            return out;
        }
        reviewGroups(reviews).forEach((name, cells) -> {
            int sum = 0;
            for (int i = 0; i < 4; i++) {
                sum += at(cells, i);
            }
            out.add(new Comparison("四、" + name, "总计", at(cells, 4), sum, "结果维持、结果纠正、其他结果、尚未审结之和"));
        });
        return out;
    }

    static Map<String, List<Integer>> reviewGroups(ReviewTable t) {
        Map<String, List<Integer>> m = new java.util.LinkedHashMap<>();
        m.put("行政复议", t.getReconsideration());
        m.put("行政诉讼（未经复议直接起诉）", t.getDirectLitigation());
        m.put("行政诉讼（复议后起诉）", t.getLitigationAfterReconsideration());
        return m;
    }

    private static int at(List<Integer> cells, int i) {
        return cells == null || i >= cells.size() || cells.get(i) == null ? 0 : cells.get(i);
    }

    // ── across years ────────────────────────────────────────────────────────────────────────────────────────

    /** Per column: this year's 二、上年结转 against last year's 四、结转下年度继续办理 (when both give part 三). */
    public static List<Comparison> carryOver(ReportTables last, ReportTables current) {
        List<Comparison> out = new ArrayList<>();
        if (last == null || current == null || last.requests == null || current.requests == null) {
            return out;
        }
        for (int c = 0; c < COLUMNS.size(); c++) {
            out.add(new Comparison(RequestRow.CARRIED_OVER.label(), COLUMNS.get(c), current.cell(RequestRow.CARRIED_OVER, c),
                    last.cell(RequestRow.CARRIED_FORWARD, c), "上年度报告“四、结转下年度继续办理”"));
        }
        return out;
    }

    /**
     * 规章 and 行政规范性文件: this year's 现行有效 against last year's 现行有效 ＋ 本年制发 − 本年废止, where both reports give
     * 现行有效 (a blank 制发 or 废止 reads as 0).
     */
    public static List<Comparison> inForce(ReportTables last, ReportTables current) {
        List<Comparison> out = new ArrayList<>();
        if (last == null || current == null || last.proactive == null || current.proactive == null) {
            return out;
        }
        ProactiveTable a = last.proactive;
        ProactiveTable b = current.proactive;
        inForce(out, "二、第二十条第（一）项 规章", a.getRulesInForce(), b.getRulesIssued(), b.getRulesRepealed(), b.getRulesInForce());
        inForce(out, "二、第二十条第（一）项 行政规范性文件", a.getNormativeDocumentsInForce(), b.getNormativeDocumentsIssued(),
                b.getNormativeDocumentsRepealed(), b.getNormativeDocumentsInForce());
        return out;
    }

    private static void inForce(List<Comparison> out, String row, Integer before, Integer issued, Integer repealed, Integer now) {
        if (before == null || now == null) {
            return;
        }
        int i = issued == null ? 0 : issued;
        int r = repealed == null ? 0 : repealed;
        out.add(new Comparison(row, "现行有效件数", now, before + i - r,
                "上年现行有效" + before + "＋本年制发" + i + "－本年废止" + r));
    }

    // ── against the ledger ──────────────────────────────────────────────────────────────────────────────────

    /** Every cell of parts 三 and 四 the report gives, against the same cell filled from the ledger. */
    public static List<Comparison> against(ReportTables submitted, ReportTables ledger) {
        List<Comparison> out = new ArrayList<>();
        if (submitted == null || ledger == null) {
            return out;
        }
        if (submitted.requests != null && ledger.requests != null) {
            for (RequestRow r : RequestRow.formatRows()) {
                for (int c = 0; c < COLUMNS.size(); c++) {
                    out.add(new Comparison(r.label(), COLUMNS.get(c), submitted.cell(r, c), ledger.cell(r, c), "台账统计"));
                }
            }
        }
        if (submitted.reviews != null && ledger.reviews != null) {
            Map<String, List<Integer>> s = reviewGroups(submitted.reviews);
            Map<String, List<Integer>> l = reviewGroups(ledger.reviews);
            for (String g : s.keySet()) {
                for (int i = 0; i < ReviewTable.COLUMNS.size(); i++) {
                    out.add(new Comparison("四、" + g, ReviewTable.COLUMNS.get(i), at(s.get(g), i), at(l.get(g), i), "台账统计"));
                }
            }
        }
        return out;
    }

    /** Each part 二 count the report and the ledger's counts both give, side by side. */
    public static List<Comparison> against(ReportTables submitted, ProactiveTable counts) {
        List<Comparison> out = new ArrayList<>();
        if (submitted == null || submitted.proactive == null || counts == null) {
            return out;
        }
        for (Map.Entry<String, Function<ProactiveTable, Number>> e : PROACTIVE_CELLS.entrySet()) {
            Number s = e.getValue().apply(submitted.proactive);
            Number l = e.getValue().apply(counts);
            if (s != null && l != null) {
                int bar = e.getKey().indexOf('|');
                out.add(new Comparison(e.getKey().substring(0, bar), e.getKey().substring(bar + 1), s, l, "台账统计"));
            }
        }
        return out;
    }

    /** Part 二's cells as "row|column" → getter, in the format's order. */
    public static final Map<String, Function<ProactiveTable, Number>> PROACTIVE_CELLS = proactiveCells();

    private static Map<String, Function<ProactiveTable, Number>> proactiveCells() {
        Map<String, Function<ProactiveTable, Number>> m = new java.util.LinkedHashMap<>();
        m.put("第二十条第（一）项 规章|本年制发件数", ProactiveTable::getRulesIssued);
        m.put("第二十条第（一）项 规章|本年废止件数", ProactiveTable::getRulesRepealed);
        m.put("第二十条第（一）项 规章|现行有效件数", ProactiveTable::getRulesInForce);
        m.put("第二十条第（一）项 行政规范性文件|本年制发件数", ProactiveTable::getNormativeDocumentsIssued);
        m.put("第二十条第（一）项 行政规范性文件|本年废止件数", ProactiveTable::getNormativeDocumentsRepealed);
        m.put("第二十条第（一）项 行政规范性文件|现行有效件数", ProactiveTable::getNormativeDocumentsInForce);
        m.put("第二十条第（五）项 行政许可|本年处理决定数量", ProactiveTable::getLicensingDecisions);
        m.put("第二十条第（六）项 行政处罚|本年处理决定数量", ProactiveTable::getPenaltyDecisions);
        m.put("第二十条第（六）项 行政强制|本年处理决定数量", ProactiveTable::getCoercionDecisions);
        m.put("第二十条第（八）项 行政事业性收费|本年收费金额（单位：万元）", ProactiveTable::getFeeIncome);
        return Collections.unmodifiableMap(m);
    }

    /** Whether two amounts are equal as numbers (1.50 = 1.5). */
    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
