package org.zwgk.rules.report;

/**
 * One cell of a report set against what it should equal: a sum of other cells of the report, last year's report, or
 * the ledger. Computed in Java; the rules decide what a difference means.
 */
public final class Comparison {
    private final String row;
    private final String column;
    private final Number stated;
    private final Number expected;
    private final String how;

    /**
     * @param row      the row as the format names it
     * @param column   the column as the format names it
     * @param stated   the number the report gives
     * @param expected the number it should be
     * @param how      how {@code expected} was found, e.g. （一）至（六）之和
     */
    public Comparison(String row, String column, Number stated, Number expected, String how) {
        this.row = row;
        this.column = column;
        this.stated = stated;
        this.expected = expected;
        this.how = how;
    }

    public String getRow() { return row; }
    public String getColumn() { return column; }
    public Number getStated() { return stated; }
    public Number getExpected() { return expected; }
    public String getHow() { return how; }

    /** Whether the report's number equals the one it should be. */
    public boolean isBalanced() {
        if (stated instanceof java.math.BigDecimal a && expected instanceof java.math.BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return stated.longValue() == expected.longValue();
    }

    /** "row · column" as a message names the cell. */
    public String getCell() {
        return row + " · " + column;
    }

    @Override
    public String toString() {
        return getCell() + ": " + stated + " vs " + expected + " (" + how + ")";
    }
}
