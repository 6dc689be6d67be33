package vn.tdkt.platform.web.paging;

/** A zero-based page number and an already capped page size. */
public record PageQuery(int page, int size) {

    public long offset() {
        return (long) page * size;
    }
}
