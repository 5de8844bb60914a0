package org.zwgk.rules.report;

import org.zwgk.rules.deadline.AnswerClock;
import org.zwgk.rules.calendar.WorkingDayCalendar;
import org.zwgk.rules.engine.Clock;
import org.zwgk.rules.deadline.AnswerDeadline;
import org.zwgk.rules.facts.Appeal;
import org.zwgk.rules.facts.AppealResult;
import org.zwgk.rules.facts.ApplicantKind;
import org.zwgk.rules.facts.Outcome;
import org.zwgk.rules.facts.ProactiveCounts;
import org.zwgk.rules.facts.Request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the tables of a unit's annual report for a calendar year from its ledger, as
 * {@code docs/annual-report.md} and 国办公开办函〔2021〕30号 lay them out. It counts; it does not judge.
 * <ul>
 *   <li>Receipt is the 条例 第三十一条 date by channel, from the same {@link AnswerClock} as OGI-31/33.</li>
 *   <li>A request is concluded on {@code answeredOn} (an answer, a decision not to process, a notice that it is no
 *       longer processed), or, unanswered with a fee unpaid past the time to pay, on the day the clock counts it as
 *       abandoned (then its outcome is 其他处理 2 unless another is recorded); one answered after a correction notice
 *       and no corrected request is 其他处理 1 unless another outcome is recorded.</li>
 *   <li>一 counts requests received in the year; 二 those received before it and not concluded by its first day;
 *       三 those concluded in it, each under its outcome's line and under （七）; 四 those received by its end and not
 *       concluded by then. The column is the applicant's kind; 总计 adds the six.</li>
 *   <li>Part 四 counts the appeals filed in the year by route, each under its result if decided by the year's end,
 *       else 尚未审结.</li>
 *   <li>Part 二 is the ledger's {@link ProactiveCounts} for the unit and year.</li>
 * </ul>
 * A request that cannot be placed (receipt date, kind or outcome missing, an outcome with no conclusion date) is left
 * out of every cell, so the arithmetic still holds, and named in {@link FilledReport#gaps()}.
 * Thread-safe; one instance serves any number of fills.
 */
public final class AnnualReportFiller {
    private final WorkingDayCalendar calendar;
    private final AnswerClock clock;

    public AnnualReportFiller(WorkingDayCalendar calendar, AnswerClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The year's tables from the unit's requests and part 二 counts (facts of other units are ignored). */
    public FilledReport fill(String unit, int year, List<Request> requests, List<ProactiveCounts> counts) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<RequestRow, List<List<String>>> ids = new EnumMap<>(RequestRow.class);
        for (RequestRow row : RequestRow.formatRows()) {
            List<List<String>> cols = new ArrayList<>();
            for (int c = 0; c < ReportTables.COLUMNS.size(); c++) {
                cols.add(new ArrayList<>());
            }
            ids.put(row, cols);
        }
        List<List<List<String>>> reviews = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            List<List<String>> cols = new ArrayList<>();
            for (int c = 0; c < 5; c++) {
                cols.add(new ArrayList<>());
            }
            reviews.add(cols);
        }
        List<FilledReport.Gap> gaps = new ArrayList<>();
        for (Request r : requests) {
            if (r == null || !unit.equals(r.getUnit())) {
                continue;
            }
            place(r, requests, first, last, ids, gaps);
            appeals(r, first, last, reviews, gaps);
        }

        ReportTables t = new ReportTables();
        Map<RequestRow, List<Integer>> rows = new EnumMap<>(RequestRow.class);
        List<FilledReport.Cell> cells = new ArrayList<>();
        ids.forEach((row, cols) -> {
            List<Integer> counts3 = new ArrayList<>();
            for (int c = 0; c < cols.size(); c++) {
                counts3.add(cols.get(c).size());
                if (!cols.get(c).isEmpty()) {
                    cells.add(new FilledReport.Cell("三", row.label(), ReportTables.COLUMNS.get(c), cols.get(c).size(), cols.get(c)));
                }
            }
            rows.put(row, counts3);
        });
        t.setRequests(rows);
        String[] groups = {"行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"};
        List<List<Integer>> groupCounts = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            List<Integer> five = new ArrayList<>();
            for (int c = 0; c < 5; c++) {
                List<String> cellIds = reviews.get(g).get(c);
                five.add(cellIds.size());
                if (!cellIds.isEmpty()) {
                    cells.add(new FilledReport.Cell("四", "四、" + groups[g], ReviewTable.COLUMNS.get(c), cellIds.size(), cellIds));
                }
            }
            groupCounts.add(five);
        }
        t.setReviews(new ReviewTable(groupCounts.get(0), groupCounts.get(1), groupCounts.get(2)));

        List<ProactiveCounts> mine = counts == null ? List.of() : counts.stream()
                .filter(c -> c != null && unit.equals(c.getUnit()) && c.getYear() != null && c.getYear() == year).toList();
        if (mine.size() == 1) {
            t.setProactive(mine.get(0).copyCounts());
        } else if (mine.isEmpty()) {
            gaps.add(new FilledReport.Gap("proactiveCounts", "proactiveCounts",
                    "未提供" + year + "年度主动公开情况（规章、规范性文件、行政许可、处罚、强制、收费），第二部分无法填写"));
        } else {
            gaps.add(new FilledReport.Gap("proactiveCounts", "proactiveCounts",
                    year + "年度主动公开情况有" + mine.size() + "条记录（" + String.join("、", mine.stream().map(ProactiveCounts::getId).toList())
                            + "），应只有一条"));
        }
        return new FilledReport(unit, year, gaps.isEmpty(), t, cells, gaps);
    }

    /** Part 三: the request's rows, or a gap. */
    private void place(Request r, List<Request> requests, LocalDate first, LocalDate last, Map<RequestRow, List<List<String>>> ids,
                       List<FilledReport.Gap> gaps) {
        String subject = "request:" + r.getId();
        // Judged after the year: a confirmation still missing was owed, and the request counts from the day it was owed.
        AnswerClock.Receipt receipt = clock.receipt(r, LocalDate.MAX);
        LocalDate received = receipt.date();
        if (received == null) {
            LocalDate hint = r.referenceDate();
            if ((hint != null && hint.isAfter(last)) || (r.getAnsweredOn() != null && r.getAnsweredOn().isBefore(first))) {
                return; // plainly outside the year whatever the date of receipt
            }
            gaps.add(new FilledReport.Gap(subject, receipt.missing(), "缺少" + receipt.missing() + "，无法确定收到申请之日（条例第三十一条）"));
            return;
        }
        if (received.isAfter(last)) {
            return;
        }
        Conclusion before = conclusion(r, requests, first.minusDays(1), received);
        if (before.gap != null) {
            gaps.add(new FilledReport.Gap(subject, before.field, before.gap));
            return;
        }
        if (before.concluded) {
            return; // concluded before the year
        }
        Conclusion atEnd = conclusion(r, requests, last, received);
        if (atEnd.gap != null) {
            gaps.add(new FilledReport.Gap(subject, atEnd.field, atEnd.gap));
            return;
        }
        ApplicantKind kind = r.getApplicantKind();
        if (kind == null) {
            gaps.add(new FilledReport.Gap(subject, "applicantKind", "缺少applicantKind（申请人类型），无法确定所在列"));
            return;
        }
        Outcome outcome = null;
        if (atEnd.concluded) {
            outcome = r.getOutcome() != null ? r.getOutcome() : atEnd.implied;
            if (outcome == null) {
                gaps.add(new FilledReport.Gap(subject, "outcome", "已于" + (r.getAnsweredOn() != null ? r.getAnsweredOn() : "本年度")
                        + "办结，但缺少outcome（办理结果），无法确定所在行"));
                return;
            }
        } else if (r.getOutcome() != null && r.getAnsweredOn() == null && (r.getFee() == null || r.getFee().getNoticeOn() == null)) {
            gaps.add(new FilledReport.Gap(subject, "answeredOn", "记有办理结果" + r.getOutcome().group() + r.getOutcome().label()
                    + "，但缺少answeredOn（办结日期），无法确定办结年度"));
            return;
        }
        int column = kind.ordinal();
        add(ids, received.isBefore(first) ? RequestRow.CARRIED_OVER : RequestRow.NEW, column, r.getId());
        add(ids, outcome != null ? RequestRow.of(outcome) : RequestRow.CARRIED_FORWARD, column, r.getId());
        if (outcome != null) {
            add(ids, RequestRow.TOTAL, column, r.getId());
        }
    }

    private static void add(Map<RequestRow, List<List<String>>> ids, RequestRow row, int column, String id) {
        ids.get(row).get(column).add(id);
        ids.get(row).get(ReportTables.TOTAL_COLUMN).add(id);
    }

    /** Whether the request is concluded by the end of {@code day}; a gap if that cannot be told. */
    private Conclusion conclusion(Request r, List<Request> requests, LocalDate day, LocalDate received) {
        if (r.getAnsweredOn() != null) {
            if (r.getAnsweredOn().isBefore(received)) {
                return Conclusion.gap("answeredOn", "办结日期" + r.getAnsweredOn() + "早于收到申请之日" + received);
            }
            // a request closed after a correction notice with no corrected request received: 其他处理 1 (第三十条)
            Outcome implied = r.getCorrectionNoticeOn() != null && r.getCorrectedRequestReceivedOn() == null
                    ? Outcome.OTHER_NOT_CORRECTED : null;
            return new Conclusion(!r.getAnsweredOn().isAfter(day), implied, null, null);
        }
        if (day.isBefore(received) || r.getFee() == null || r.getFee().getNoticeOn() == null || r.getFee().getPaidOn() != null) {
            return new Conclusion(false, null, null, null);
        }
        // unanswered, a fee notice unpaid: abandoned once the time to pay is over (FEE), as an evaluation's clock counts
        // it (a lawful, timely notice only; the rank in the month counted among the ledger's requests)
        AnswerDeadline d = new Clock(calendar, clock, day, requests).answer(r);
        if (d.state() == AnswerDeadline.State.INCOMPLETE) {
            return Conclusion.gap("fee", "无法判断申请人是否逾期未缴费：" + d.missing());
        }
        boolean abandoned = d.state() == AnswerDeadline.State.ABANDONED;
        return new Conclusion(abandoned, abandoned ? Outcome.OTHER_FEE_UNPAID : null, null, null);
    }

    private record Conclusion(boolean concluded, Outcome implied, String field, String gap) {
        static Conclusion gap(String field, String why) {
            return new Conclusion(false, null, field, why);
        }
    }

    /** Part 四: each appeal filed in the year, by route and result at the year's end. */
    private static void appeals(Request r, LocalDate first, LocalDate last, List<List<List<String>>> reviews, List<FilledReport.Gap> gaps) {
        List<Appeal> list = r.getAppeals();
        for (int j = 0; j < list.size(); j++) {
            Appeal a = list.get(j);
            String field = "appeals[" + j + "]";
            if (a.getFiledOn() == null) {
                gaps.add(new FilledReport.Gap("request:" + r.getId(), field + ".filedOn", "行政复议或诉讼缺少filedOn（申请复议或起诉日期），无法确定年度"));
                continue;
            }
            if (a.getFiledOn().isBefore(first) || a.getFiledOn().isAfter(last)) {
                continue;
            }
            if (a.getRoute() == null) {
                gaps.add(new FilledReport.Gap("request:" + r.getId(), field + ".route", "缺少route（行政复议、直接起诉或复议后起诉），无法确定所在列"));
                continue;
            }
            AppealResult result = a.getDecidedOn() != null && !a.getDecidedOn().isAfter(last) ? a.getResult() : null;
            if (a.getResult() != null && a.getDecidedOn() == null) {
                gaps.add(new FilledReport.Gap("request:" + r.getId(), field + ".decidedOn", "记有结果" + a.getResult().label()
                        + "，但缺少decidedOn（决定或裁判日期），无法判断年底是否已审结"));
                continue;
            }
            int column = result == null ? 3 : result.ordinal();
            List<List<String>> group = reviews.get(a.getRoute().ordinal());
            group.get(column).add(r.getId());
            group.get(4).add(r.getId());
        }
    }
}
