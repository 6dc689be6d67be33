package vn.tdkt.platform.web.paging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.tdkt.platform.domain.DomainException;

/**
 * {@code tdkt.pagination.*}: page sizes of every list endpoint.
 *
 * @param defaultSize size used when the request names none, default 20
 * @param maxSize     upper bound; larger requests are capped to it, default 100
 */
@ConfigurationProperties("tdkt.pagination")
public record PagingProperties(Integer defaultSize, Integer maxSize) {

    public PagingProperties {
        defaultSize = defaultSize == null ? 20 : defaultSize;
        maxSize = maxSize == null ? 100 : maxSize;
    }

    /** Validates and caps the requested page: a negative page or a size below 1 is a 400 problem. */
    public PageQuery query(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? defaultSize : size;
        if (p < 0 || s < 1) {
            throw DomainException.invalid("page.invalid", p, s, maxSize);
        }
        return new PageQuery(p, Math.min(s, maxSize));
    }
}
