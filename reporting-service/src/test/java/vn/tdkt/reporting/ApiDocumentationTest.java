package vn.tdkt.reporting;

import vn.tdkt.platformtest.service.ApiDocumentTest;

/** The service's OpenAPI document, checked live and written to {@code target/openapi.json} for the spectral lint. */
class ApiDocumentationTest extends ApiDocumentTest {
}
