package org.zwgk.rules.report;

import java.util.List;

/**
 * A unit's annual-report tables for one year, filled from its ledger: the tables as the format lays them out, every
 * non-zero cell with the ids of the facts it counts, and what could not be placed.
 *
 * @param unit     the unit's id
 * @param year     the calendar year reported on
 * @param complete whether every fact could be placed ({@code gaps} is empty); otherwise the tables are INCOMPLETE
 * @param tables   parts 二 (when the ledger gives that year's counts), 三 and 四
 * @param cells    every non-zero cell of parts 三 and 四, with the request ids it counts, in the format's order
 * @param gaps     each fact that could not be placed, with the field that is missing or wrong
 */
public record FilledReport(String unit, int year, boolean complete, ReportTables tables, List<Cell> cells, List<Gap> gaps) {

    public FilledReport {
        cells = List.copyOf(cells);
        gaps = List.copyOf(gaps);
    }

    /**
     * One cell and the facts it counts.
     *
     * @param part   二, 三 or 四
     * @param row    the row as the format names it
     * @param column the column as the format names it
     * @param value  the count
     * @param ids    the ids of the requests counted (part 二: the ledger's counts record)
     */
    public record Cell(String part, String row, String column, long value, List<String> ids) {
        public Cell {
            ids = List.copyOf(ids);
        }
    }

    /**
     * A fact that could not be placed in the tables.
     *
     * @param subject the request's id ("request:R-1"), or the list that is missing
     * @param field   the field that is missing or wrong
     * @param reason  why, in Chinese
     */
    public record Gap(String subject, String field, String reason) {
    }
}
