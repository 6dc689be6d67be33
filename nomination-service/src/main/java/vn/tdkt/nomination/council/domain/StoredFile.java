package vn.tdkt.nomination.council.domain;

/** A file kept in GridFS: its reference, the name it came with, the type recognised from its bytes, size, SHA-256. */
public record StoredFile(String fileId, String fileName, String mediaType, long size, String sha256) {
}
