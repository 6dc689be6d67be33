package vn.tdkt.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void fold_ignores_case_diacritics_and_spacing() {
        assertThat(TextNormalizer.fold("Sở  Nội\u00A0vụ ")).isEqualTo("so noi vu");
        assertThat(TextNormalizer.fold("ĐẮK LẮK")).isEqualTo("dak lak");
        assertThat(TextNormalizer.fold(Normalizer.normalize("Nguyễn Đình Việt", Normalizer.Form.NFD)))
                .isEqualTo("nguyen dinh viet");
    }

    @Test
    void nfc_composes_decomposed_letters() {
        String decomposed = Normalizer.normalize("Thi đua, khen thưởng", Normalizer.Form.NFD);

        assertThat(TextNormalizer.nfc(decomposed)).isEqualTo("Thi đua, khen thưởng").hasSize(20);
        assertThat(TextNormalizer.nfc(null)).isNull();
    }
}
