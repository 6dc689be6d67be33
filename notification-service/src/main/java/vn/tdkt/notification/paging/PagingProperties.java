package vn.tdkt.notification.paging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.tdkt.platform.domain.DomainException;

/**
 * Page size limits of the list endpoints.
 *
 * @param defaultSize size used when the request names none
 * @param maxSize     upper bound; larger requests are capped to it
 */
@ConfigurationProperties("tdkt.notification.page")
public record PagingProperties(Integer defaultSize, Integer maxSize) {

    public PagingProperties {
        defaultSize = defaultSize == null ? 20 : defaultSize;
        maxSize = maxSize == null ? 100 : maxSize;
    }

    /** Validates and caps the requested page: negative page or non-positive size is a 400 problem. */
    public PageQuery query(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? defaultSize : size;
        if (p < 0 || s < 1) {
            throw DomainException.invalid("page.invalid", p, s);
        }
        return new PageQuery(p, Math.min(s, maxSize));
    }
}
