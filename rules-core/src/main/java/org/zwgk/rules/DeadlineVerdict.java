package org.zwgk.rules;

import org.zwgk.rules.deadline.AnswerDeadline;

import java.util.List;

/**
 * A request's answer deadline and OGI-33's verdict on it, as the rules give it: the same verdict an evaluation of a
 * fact set holding the request reports, whichever door it is asked through.
 *
 * @param deadline the computed deadline (receipt, start, pauses, extension, due date, working days left)
 * @param status   OGI-33's status for the request: the most severe of its OGI-33 findings (an invalid extension is a
 *                 VIOLATION beside an answer on time); INCOMPLETE if the rules could not judge it
 * @param findings OGI-33's findings for the request, each with its clause and message
 */
public record DeadlineVerdict(AnswerDeadline deadline, Status status, List<Finding> findings) {

    public DeadlineVerdict {
        findings = List.copyOf(findings);
    }
}
