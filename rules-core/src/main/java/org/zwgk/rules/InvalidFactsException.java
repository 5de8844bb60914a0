package org.zwgk.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A fact set that cannot be judged: each problem names the field (as a path) and the reason. */
public final class InvalidFactsException extends IllegalArgumentException {
    private final List<Problem> problems;

    public InvalidFactsException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.reason()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * @param field  the field's path in the fact set, e.g. {@code requests[2].unit}
     * @param reason why it is wrong
     */
    public record Problem(String field, String reason) {
    }
}
