package vn.tdkt.plantext;

/** How the plan arrived; decides how it is read into lines. */
public enum DocumentFormat {
    /** Text extracted from a PDF or typed, one table cell a line. */
    PLAIN_TEXT,
    /** Markdown with '#' headings, emphasis and pipe tables (read with commonmark-java). */
    MARKDOWN,
    /** A Word document (read with Apache POI): its tables stay tables. */
    DOCX,
    /** A PDF with a text layer (read with Apache PDFBox): its columns and task table are rebuilt. */
    PDF
}
