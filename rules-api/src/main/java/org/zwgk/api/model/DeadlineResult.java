package org.zwgk.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zwgk.rules.Status;
import org.zwgk.rules.deadline.AnswerDeadline;

import java.time.LocalDate;
import java.util.List;

/** A request's answer deadline (OGI-30/31/32/33/34, FEE) and its status under OGI-33. */
@Schema(name = "DeadlineResult", description = "When the request must be answered, how that was reached, and its OGI-33 status.")
public record DeadlineResult(
        @Schema(description = "The request's id", example = "r1") String requestId,
        @Schema(description = "Due date, extension included", example = "2024-03-08") LocalDate due,
        @Schema(description = "Due date without extension", example = "2024-03-08") LocalDate originalDue,
        @Schema(description = "Date of receipt by channel (OGI-31)", example = "2024-02-05") LocalDate receivedOn,
        @Schema(description = "How the date of receipt was determined", example = "当面提交之日（第三十一条第一项）") String receiptBasis,
        @Schema(description = "Day the answer period counts from", example = "2024-02-05") LocalDate clockStart,
        @Schema(description = "Why it counts from there", example = "当面提交之日（第三十一条第一项）") String startBasis,
        @Schema(description = "Stretches not counted (consultation, fee payment)") List<PauseView> pauses,
        @Schema(description = "Working days not counted within the period", example = "0") int pausedWorkingDays,
        @Schema(description = "Working days added by a valid extension", example = "0") int extensionWorkingDays,
        @Schema(description = "Why a recorded extension is not valid (OGI-33 then reports a VIOLATION)", example = "延期未告知申请人") String extensionProblem,
        @Schema(description = "Answer date, if answered", example = "2024-03-11") LocalDate answeredOn,
        @Schema(description = "Working days from asOf (or the answer) to the due date; negative = overdue", example = "-1") Integer workingDaysLeft,
        @Schema(description = "Where the request stands") AnswerDeadline.State state,
        @Schema(description = "OGI-33's verdict, given by the rules exactly as POST /api/v1/evaluations gives it: answered after the "
                + "due date or unanswered past it → VIOLATION (also an invalid extension); answered on time → SATISFIED; unanswered "
                + "with at most warningWorkingDays left → WARNING; else OPEN; facts or calendar lacking → INCOMPLETE")
        Status status,
        @Schema(description = "Recorded acts that did not stop or restart the clock, and why (a correction or fee notice sent late, "
                + "a fee the published bands do not allow)") List<String> notCounted,
        @Schema(description = "The warning window (OGI parameter warning-working-days)", example = "3") int warningWorkingDays,
        @Schema(description = "What the facts or the calendar lack (state INCOMPLETE)") String missing,
        @Schema(description = "Content hash of the rule set", example = "3f2a9c0d1e4b") String rulesetVersion) {

    /** A stretch not counted in the answer period. */
    @Schema(name = "Pause", description = "Working days d with from < d <= to are not counted.")
    public record PauseView(
            @Schema(description = "CONSULTATION (第三十三条第三款) or FEE (国办函〔2020〕109号)") AnswerDeadline.Pause.Kind kind,
            @Schema(description = "Why", example = "征求第三方意见（第三十二条、第三十三条第三款）") String reason,
            @Schema(description = "Day it began (not itself paused)", example = "2024-02-20") LocalDate from,
            @Schema(description = "Last day paused", example = "2024-02-27") LocalDate to,
            @Schema(description = "The limit that cut it short, if any", example = "2024-03-12") LocalDate limitedTo,
            @Schema(description = "Working days paused", example = "5") int workingDays) {

        static PauseView of(AnswerDeadline.Pause p) {
            return new PauseView(p.kind(), p.reason(), p.from(), p.to(), p.limitedTo(), p.workingDays());
        }
    }

    public static DeadlineResult of(AnswerDeadline d, Status status, int warning, String version) {
        return new DeadlineResult(d.requestId(), d.due(), d.originalDue(), d.receivedOn(), d.receiptBasis(), d.clockStart(),
                d.startBasis(), d.pauses().stream().map(PauseView::of).toList(), d.pausedWorkingDays(),
                d.extensionWorkingDays(), d.extensionProblem(), d.answeredOn(), d.workingDaysLeft(), d.state(), status,
                d.notCounted(), warning, d.missing(), version);
    }
}
