package org.zwgk.rules.engine;

import org.zwgk.rules.deadline.AnswerDeadline;

import java.util.ArrayList;
import java.util.List;

/** Short Chinese explanations of computed dates, for a finding's details. */
public final class Explain {
    private Explain() {
    }

    /** How a request's due date was reached: receipt, start, pauses, extension. */
    public static String deadline(AnswerDeadline d) {
        List<String> parts = new ArrayList<>();
        if (d.receivedOn() != null) {
            parts.add("收到申请之日" + d.receivedOn() + "（" + d.receiptBasis() + "）");
        }
        if (d.clockStart() != null && !d.clockStart().equals(d.receivedOn())) {
            parts.add("自" + d.clockStart() + "起算（" + d.startBasis() + "）");
        }
        for (AnswerDeadline.Pause p : d.pauses()) {
            parts.add(p.reason() + " " + p.from() + "至" + p.to() + "，中止" + p.workingDays() + "个工作日"
                    + (p.limitedTo() != null ? "（以" + p.limitedTo() + "为限）" : ""));
        }
        parts.addAll(d.notCounted());
        if (d.originalDue() != null) {
            parts.add((d.extensionWorkingDays() > 0 ? "原答复期限" : "答复期限") + d.originalDue());
        }
        if (d.extensionWorkingDays() > 0) {
            parts.add("延长" + d.extensionWorkingDays() + "个工作日至" + d.due());
        }
        return String.join("；", parts);
    }
}
