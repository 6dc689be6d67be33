package vn.tdkt.plan.importing.web;

/** The body was sent with a Content-Type or charset the importer does not read (answers 415). */
class UnsupportedImportTypeException extends RuntimeException {

    private final String declared;
    private final String code;
    private final String reason;

    UnsupportedImportTypeException(String declared) {
        this(declared, "import.media-type-unsupported", "MEDIA_TYPE");
    }

    private UnsupportedImportTypeException(String declared, String code, String reason) {
        super(code + ": " + declared);
        this.declared = declared == null ? "" : declared;
        this.code = code;
        this.reason = reason;
    }

    /** The body is not what its type says (text sent as application/pdf, a PDF sent as the DOCX type). */
    static UnsupportedImportTypeException contentMismatch(String declared) {
        return new UnsupportedImportTypeException(declared, "import.content-mismatch", "CONTENT_MISMATCH");
    }

    static UnsupportedImportTypeException charset(String charset) {
        return new UnsupportedImportTypeException(charset, "import.charset-unsupported", "CHARSET");
    }

    String declared() {
        return declared;
    }

    String code() {
        return code;
    }

    String reason() {
        return reason;
    }
}
