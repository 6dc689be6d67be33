package vn.tdkt.plan.importing.web;

import vn.tdkt.plantext.TestDocuments;

/** The test plans of plan-text's test jar ({@link TestDocuments}) that the import tests upload, as bytes. */
final class ImportDocs {

    static final String SON_LA_2025 = TestDocuments.SON_LA_2025;
    static final String MARKDOWN = TestDocuments.MARKDOWN;
    static final String PROSE_WITHOUT_APPENDIX = TestDocuments.PROSE_WITHOUT_APPENDIX;

    private ImportDocs() {
    }

    static byte[] bytes(String name) {
        return TestDocuments.bytes(name);
    }
}
