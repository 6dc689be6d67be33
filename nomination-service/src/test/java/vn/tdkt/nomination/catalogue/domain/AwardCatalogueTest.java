package vn.tdkt.nomination.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.platform.domain.DomainException;

class AwardCatalogueTest {

    private final AwardCatalogue catalogue = AwardCatalogue.provincial();

    @Test
    void provincial_catalogue_has_the_provinces_titles_and_forms_with_vietnamese_names() {
        assertThat(catalogue.all()).extracting(AwardForm::code).containsExactlyInAnyOrder(
                "LDTT", "CSTDCS", "CSTD_TINH", "CSTD_TQ", "TTLDTT", "TTLDXS", "CO_TINH", "CO_CP", "BK_TINH", "BK_TTG",
                "HCLD3", "GIAY_KHEN");
        assertThat(catalogue.find("CSTDCS")).get().extracting(AwardForm::name).isEqualTo("Chiến sĩ thi đua cơ sở");
        assertThat(catalogue.find("BK_TINH").orElseThrow().subjectTypes())
                .containsExactlyInAnyOrder(SubjectType.INDIVIDUAL, SubjectType.COLLECTIVE, SubjectType.HOUSEHOLD);
    }

    @Test
    void only_bang_khen_tinh_applies_to_households() {
        assertThat(catalogue.forSubjectType(SubjectType.HOUSEHOLD)).extracting(AwardForm::code)
                .containsExactly("BK_TINH");
    }

    @Test
    void require_refuses_unknown_codes_and_awards_that_do_not_fit_the_subject() {
        assertThat(catalogue.require("LDTT", SubjectType.INDIVIDUAL).name()).isEqualTo("Lao động tiên tiến");
        assertThatThrownBy(() -> catalogue.require("HUAN_CHUONG_XYZ", SubjectType.INDIVIDUAL))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.code()).isEqualTo("award.unknown");
                });
        assertThatThrownBy(() -> catalogue.require("CO_TINH", SubjectType.INDIVIDUAL))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.code()).isEqualTo("award.subject-type-mismatch");
                });
    }

    @Test
    void duplicate_codes_are_refused() {
        AwardForm form = new AwardForm("X", "X", AwardKind.COMMENDATION, DecisionLevel.UNIT,
                Set.of(SubjectType.INDIVIDUAL));
        assertThatThrownBy(() -> new AwardCatalogue(List.of(form, form)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
