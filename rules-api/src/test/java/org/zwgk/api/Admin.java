package org.zwgk.api;

/** The tokens application.properties configures for the %test profile only. */
final class Admin {
    static final String ADMIN = "Bearer test-admin-token-0123456789";
    static final String VIEWER = "Bearer test-viewer-token-0123456789";

    private Admin() {
    }
}
