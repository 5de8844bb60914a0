package org.zwgk.rules.fees;

import org.zwgk.rules.engine.Params;

/**
 * The published bands of 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号), both progressive (超额累进).
 *
 * @param freeRequestsPerMonth      第四条: an applicant's requests in a calendar month up to this many are free (10)
 * @param perRequestBandEnd         第四条: the first charged band runs to this request (30)
 * @param perRequestFirstBandFee    第四条: each request in the first charged band costs this (100 yuan)
 * @param perRequestBandSize        第四条: after it, bands of this many requests (10)
 * @param perRequestBandStep        第四条: each further band costs this much more per request (100 yuan)
 * @param freePages                 第五条: pages up to this many are free (30)
 * @param pageBand1End              第五条: first band ends at this page (100)
 * @param pageBand1Fee              第五条: per page in the first band (10 yuan)
 * @param pageBand2End              第五条: second band ends at this page (200)
 * @param pageBand2Fee              第五条: per page in the second band (20 yuan)
 * @param pageBand3Fee              第五条: per page beyond (40 yuan)
 */
public record FeeSchedule(int freeRequestsPerMonth, int perRequestBandEnd, int perRequestFirstBandFee,
                          int perRequestBandSize, int perRequestBandStep, int freePages, int pageBand1End,
                          int pageBand1Fee, int pageBand2End, int pageBand2Fee, int pageBand3Fee) {

    /** The national bands as published. */
    public static final FeeSchedule NATIONAL = new FeeSchedule(10, 30, 100, 10, 100, 30, 100, 10, 200, 20, 40);

    /** The bands as the FEE source's parameters set them. */
    public static FeeSchedule from(Params p) {
        return new FeeSchedule(
                p.integer("FEE", "free-requests-per-month"),
                p.integer("FEE", "per-request-first-band-end"),
                p.integer("FEE", "per-request-first-band-fee"),
                p.integer("FEE", "per-request-band-size"),
                p.integer("FEE", "per-request-band-step"),
                p.integer("FEE", "free-pages"),
                p.integer("FEE", "page-band-1-end"),
                p.integer("FEE", "page-band-1-fee"),
                p.integer("FEE", "page-band-2-end"),
                p.integer("FEE", "page-band-2-fee"),
                p.integer("FEE", "page-band-3-fee"));
    }
}
