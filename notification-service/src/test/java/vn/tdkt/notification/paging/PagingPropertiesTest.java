package vn.tdkt.notification.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.tdkt.platform.domain.DomainException;

class PagingPropertiesTest {

    private final PagingProperties paging = new PagingProperties(20, 100);

    @Test
    void sizeIsCappedAndDefaulted() {
        assertThat(paging.query(null, null)).isEqualTo(new PageQuery(0, 20));
        assertThat(paging.query(2, 500)).isEqualTo(new PageQuery(2, 100));
        assertThat(paging.query(2, 10).offset()).isEqualTo(20);
    }

    @Test
    void negativePageOrEmptySizeIsInvalid() {
        assertThatThrownBy(() -> paging.query(-1, 10)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> paging.query(0, 0)).isInstanceOf(DomainException.class);
    }
}
