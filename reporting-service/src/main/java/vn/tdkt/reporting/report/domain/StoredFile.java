package vn.tdkt.reporting.report.domain;

/**
 * A submitted report file as stored (GridFS): its type detected from the content, not the name.
 *
 * @param sha256 hex digest of the content, shown to both sides as proof of what was submitted
 */
public record StoredFile(String fileId, String fileName, String contentType, long size, String sha256) {
}
