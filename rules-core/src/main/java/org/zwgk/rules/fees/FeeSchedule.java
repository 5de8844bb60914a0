package org.zwgk.rules.fees;

import org.zwgk.rules.engine.Params;

import java.time.LocalDate;

/**
 * The bands of the information-processing fee as the FEE source's parameters state them (both progressive,
 * 超额累进): no band is written here.
 *
 * @param perRequest 按件: the n-th request of one applicant in a calendar month → yuan for that request
 * @param perPage    按量: the n-th page of one request → yuan for that page
 */
public record FeeSchedule(Scale perRequest, Scale perPage) {

    /** The source whose parameters hold the bands. */
    public static final String SOURCE = "FEE";
    public static final String PER_REQUEST = "per-request-scale";
    public static final String PER_PAGE = "per-page-scale";

    /** The bands in force on the parameters' evaluation date (the latest if none). */
    public static FeeSchedule from(Params p) {
        return from(p, p.date());
    }

    /** The bands in force on {@code date} (a parameter read before its first value fails, unless {@link Params#orFirst}). */
    public static FeeSchedule from(Params p, LocalDate date) {
        return new FeeSchedule(
                Scale.of(p.valueOn(SOURCE, PER_REQUEST, date), SOURCE + "." + PER_REQUEST),
                Scale.of(p.valueOn(SOURCE, PER_PAGE, date), SOURCE + "." + PER_PAGE));
    }
}
