package vn.tdkt.nomination.web;

/** The Office Open XML media types the service sends and accepts: Word for minutes and tờ trình, Excel for lists. */
public final class OfficeMediaTypes {

    /** Word documents (minutes, tờ trình). */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** Excel workbooks (import templates and imports). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private OfficeMediaTypes() {
    }
}
