package org.zwgk.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class AnnualReportResourceIT extends AnnualReportResourceTest {
}
