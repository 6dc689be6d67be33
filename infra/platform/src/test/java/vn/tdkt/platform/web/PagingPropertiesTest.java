package vn.tdkt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;

class PagingPropertiesTest {

    private final PagingProperties paging = new PagingProperties(null, 50);

    @Test
    void missing_parameters_take_the_defaults_and_large_sizes_are_capped() {
        assertThat(paging.query(null, null)).isEqualTo(new PageQuery(0, 20));
        assertThat(paging.query(3, 500)).isEqualTo(new PageQuery(3, 50));
        assertThat(paging.query(3, 10).offset()).isEqualTo(30);
    }

    @Test
    void a_negative_page_or_an_empty_size_is_refused() {
        assertThatThrownBy(() -> paging.query(-1, 10)).isInstanceOf(DomainException.class).hasMessageContaining("page.invalid");
        assertThatThrownBy(() -> paging.query(0, 0)).isInstanceOf(DomainException.class).hasMessageContaining("page.invalid");
    }

    @Test
    void a_page_maps_its_items_and_keeps_its_numbers() {
        PageResponse<String> page = PageResponse.of(List.of(1, 2), new PageQuery(1, 2), 7).map(String::valueOf);
        assertThat(page).isEqualTo(new PageResponse<>(List.of("1", "2"), 1, 2, 7));
    }
}
