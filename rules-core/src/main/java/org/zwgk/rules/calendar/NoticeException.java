package org.zwgk.rules.calendar;

import java.util.List;

/**
 * A State Council holiday notice's text that cannot be turned into a calendar file: each problem names the line of
 * the text (1-based; 0 when it concerns the notice as a whole) and says what is wrong, in Chinese, for the clerk who
 * pasted it.
 */
public final class NoticeException extends IllegalArgumentException {
    private final List<Problem> problems;

    public NoticeException(List<Problem> problems) {
        super(String.join("\n", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * @param line   the line of the notice's text, 1-based, or 0 for the notice as a whole
     * @param reason what is wrong
     */
    public record Problem(int line, String reason) {
        @Override
        public String toString() {
            return (line > 0 ? "第" + line + "行：" : "") + reason;
        }
    }
}
