package org.zwgk.rules.report;

import org.zwgk.rules.facts.AnnualReport;
import org.zwgk.rules.facts.Request;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DRL global {@code reportLedger}: a submitted report's tables filled again from the ledger of the same fact set,
 * once per report and evaluation, so the check rules can set each cell against it. Not shared between threads.
 */
public final class ReportLedger {
    private final AnnualReportFiller filler;
    private final Map<AnnualReport, FilledReport> filled = new IdentityHashMap<>();

    public ReportLedger(AnnualReportFiller filler) {
        this.filler = filler;
    }

    /** The report's year filled from {@code requests} (the unit's own are picked), parts 三 and 四. */
    public FilledReport fill(AnnualReport report, List<?> requests) {
        return filled.computeIfAbsent(report, r -> {
            List<Request> mine = new ArrayList<>();
            for (Object o : requests) {
                if (o instanceof Request q) {
                    mine.add(q);
                }
            }
            FilledReport f = filler.fill(r.getUnit(), r.getYear(), mine, null);
            // part 二 is compared with the ledger's own counts by its own rule: its absence here is no gap
            List<FilledReport.Gap> gaps = f.gaps().stream().filter(g -> !"proactiveCounts".equals(g.field())).toList();
            return new FilledReport(f.unit(), f.year(), gaps.isEmpty(), f.tables(), f.cells(), gaps);
        });
    }

    /** The gaps of a fill, as one Chinese sentence. */
    public static String describe(List<FilledReport.Gap> gaps) {
        List<String> parts = new ArrayList<>();
        for (FilledReport.Gap g : gaps) {
            parts.add(g.subject() + "：" + g.reason());
        }
        return String.join("；", parts);
    }
}
