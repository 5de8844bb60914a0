package org.zwgk.api.security;

/** The roles a token can carry. */
public final class Roles {
    /** Reload the rules and validate rule files (admin tokens). */
    public static final String ADMIN = "rules-admin";
    /** Read the detailed rule-set status: reload history, compile errors, failed cases (admin and viewer tokens). */
    public static final String VIEWER = "rules-viewer";
    /** Call the evaluation endpoints when {@code zwgk.security.open-evaluation=false} (every token). */
    public static final String CALLER = "rules-caller";

    private Roles() {
    }
}
