package org.zwgk.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that does not load: DRL that does not compile, a bad source or calendar file. */
public final class RulebookLoadException extends RuntimeException {
    private final List<Problem> problems;

    public RulebookLoadException(List<Problem> problems) {
        super("the rule set does not load:\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * @param file    the file, relative to the rule directory
     * @param line    1-based line, or 0 if unknown
     * @param column  1-based column, or 0 if unknown
     * @param message what is wrong
     */
    public record Problem(String file, int line, int column, String message) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
        }
    }
}
