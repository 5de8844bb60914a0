package org.zwgk.rules;

/** An input larger than a {@link Limits} allows, refused before any rule runs. */
public final class LimitExceededException extends IllegalArgumentException {
    private final String limit;
    private final long max;
    private final long actual;

    /**
     * @param limit  the limit's name, e.g. {@code maxFacts}
     * @param max    its value
     * @param actual what the input had
     */
    public LimitExceededException(String limit, long max, long actual, String what) {
        super(what + ": " + actual + " exceeds the limit " + limit + " = " + max);
        this.limit = limit;
        this.max = max;
        this.actual = actual;
    }

    public String limit() {
        return limit;
    }

    public long max() {
        return max;
    }

    public long actual() {
        return actual;
    }
}
