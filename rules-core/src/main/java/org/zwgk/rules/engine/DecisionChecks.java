package org.zwgk.rules.engine;

import org.zwgk.rules.facts.Decision;

/** Checks on a major administrative decision's public participation (重大行政决策公众参与). */
public final class DecisionChecks {
    private DecisionChecks() {
    }

    /**
     * 决策前公开征求意见: a consultation that closed before the decision day. Returns what is wrong, or {@code ""}.
     * A consultation still open on the decision day was not "before" it: the opinions could not all be weighed.
     */
    public static String consultation(Decision d) {
        if (d.getConsultationClosedOn() == null) {
            return d.getConsultationOpenedOn() == null ? "决策前未公开征求社会意见"
                    : "公开征求意见（" + d.getConsultationOpenedOn() + "起）未记录截止日期，无法认定在决策前完成";
        }
        if (!d.getConsultationClosedOn().isBefore(d.getDecidedOn())) {
            return "公开征求意见截止于" + d.getConsultationClosedOn() + "，不早于决策日" + d.getDecidedOn() + "，未在决策前完成";
        }
        return "";
    }
}
