package vn.tdkt.plantext;

/** Machine-readable kinds of {@link ImportWarning}; the application layer maps them to message keys. */
public enum WarningCode {
    /** No "Số: …/KH-…" line was found. */
    HEADER_NUMBER_MISSING,
    /** No "…, ngày … tháng … năm …" line was found. */
    HEADER_DATE_MISSING,
    /** No title after the document type. */
    HEADER_TITLE_MISSING,
    /** The document type line (KẾ HOẠCH…) is missing. */
    DOCUMENT_TYPE_MISSING,
    /** No roman-numbered section was found. */
    SECTIONS_MISSING,
    /** No "TỔ CHỨC THỰC HIỆN" section, so no responsibilities could be extracted. */
    ORGANISATION_SECTION_MISSING,
    /** The signature block (signer name and title) was not found. */
    SIGNER_MISSING,
    /** The "Nơi nhận" list was not found. */
    RECIPIENTS_MISSING,
    /** The appendix caption refers to a different document number than the header. */
    APPENDIX_NUMBER_MISMATCH,
    /** The appendix caption refers to a different date than the header. */
    APPENDIX_DATE_MISMATCH,
    /** An appendix was found but its table header row (TT, NỘI DUNG, …) was not. */
    APPENDIX_HEADER_NOT_FOUND,
    /** A table row has no content cell. */
    APPENDIX_ROW_WITHOUT_CONTENT,
    /** A table row has no lead unit (đơn vị chủ trì). */
    APPENDIX_ROW_WITHOUT_LEAD,
    /** A table row has no period cell; the period was inferred from its group when possible. */
    APPENDIX_PERIOD_MISSING,
    /** A period cell was present but not understood. */
    APPENDIX_PERIOD_UNRECOGNISED,
    /** A dated period lies outside the quarter of the group the row is listed under. */
    APPENDIX_PERIOD_OUTSIDE_GROUP,
    /** Row numbers within a group are not 1, 2, 3, … */
    APPENDIX_ROW_NUMBER_GAP,
    /** Lines inside the table that belong to no row. */
    APPENDIX_UNASSIGNED_LINES,
    /** The same document is cited with different dates (in the bases, the preamble or the body). */
    CITATION_DATE_CONFLICT
}
