package vn.tdkt.plan.importing.domain;

/** How the plan text was written; decides whether Markdown markup is removed and soft wraps joined. */
public enum DocumentFormat {
    /** Text extracted from a PDF or Word file, one table cell a line. */
    PLAIN_TEXT,
    /** Markdown with '#' headings, emphasis and pipe tables. */
    MARKDOWN
}
