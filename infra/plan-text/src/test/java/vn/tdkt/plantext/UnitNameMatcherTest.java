package vn.tdkt.plantext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitNameMatcherTest {

    private final UnitNameMatcher matcher = new UnitNameMatcher(List.of(
            new RegistryUnit("UBND", "Ủy ban nhân dân tỉnh", List.of("UBND tỉnh")),
            new RegistryUnit("VPUBND", "Văn phòng Ủy ban nhân dân tỉnh", List.of("VP UBND tỉnh")),
            new RegistryUnit("SNV", "Sở Nội vụ", List.of()),
            new RegistryUnit("SGDDT", "Sở Giáo dục và Đào tạo", List.of("Sở Giáo dục")),
            new RegistryUnit("SYT", "Sở Y tế", List.of()),
            new RegistryUnit("HDTDKT", "Hội đồng Thi đua - Khen thưởng tỉnh", List.of()),
            new RegistryUnit("PCHIENGLE", "Phường Chiềng Lề", List.of())));

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "Sở Nội vụ | SNV | NAME",
            "SỞ NỘI VỤ | SNV | NAME",
            "so noi vu | SNV | NAME",
            "- Sở Nội vụ; | SNV | NAME",
            "Sở  Nội  vụ. | SNV | NAME",
            "SNV | SNV | CODE",
            "snv | SNV | CODE",
            "Văn phòng Ủy ban nhân dân tỉnh | VPUBND | NAME",
            "Văn phòng UBND tỉnh | VPUBND | NAME",
            "VP UBND tỉnh | VPUBND | NAME",
            "Văn phòng Uỷ ban nhân dân tỉnh | VPUBND | NAME",
            "Hội đồng TĐKT tỉnh | HDTDKT | NAME",
            "HĐTĐKT tỉnh | HDTDKT | NAME",
            "Hội đồng Thi đua, khen thưởng tỉnh | HDTDKT | NAME",
            "Sở GD&ĐT | SGDDT | NAME",
            "Sở GDĐT | SGDDT | NAME",
            "Sở Nội vụ tỉnh | SNV | RELAXED",
            "sở giáo dục | SGDDT | ALIAS",
            "phường Chiềng Lề: | PCHIENGLE | NAME"
    })
    void givenAWrittenName_whenMatched_thenTheRegistryCodeIsFound(String written, String code, MatchStatus status) {
        UnitMatch match = matcher.match(written);

        assertThat(match.code()).isEqualTo(code);
        assertThat(match.status()).isEqualTo(status);
        assertThat(match.isResolved()).isTrue();
        assertThat(match.writtenName()).isEqualTo(written.strip());
    }

    @Test
    void givenANameOfNoRegisteredUnit_whenMatched_thenItIsKeptUnresolved() {
        UnitMatch match = matcher.match("Các cơ quan, đơn vị, địa phương tham gia cụm, khối thi đua của tỉnh");

        assertThat(match.status()).isEqualTo(MatchStatus.UNRESOLVED);
        assertThat(match.code()).isNull();
        assertThat(match.writtenName()).isEqualTo("Các cơ quan, đơn vị, địa phương tham gia cụm, khối thi đua của tỉnh");
    }

    @Test
    void givenSeveralNames_whenMatchedTogether_thenNoneIsDropped() {
        List<UnitMatch> matches = matcher.matchAll(List.of("Sở Nội vụ", "Lãnh đạo tỉnh", "", "Văn phòng UBND tỉnh"));

        assertThat(matches).extracting(UnitMatch::status).containsExactly(
                MatchStatus.NAME, MatchStatus.UNRESOLVED, MatchStatus.UNRESOLVED, MatchStatus.NAME);
        assertThat(matches).extracting(UnitMatch::writtenName).containsExactly("Sở Nội vụ", "Lãnh đạo tỉnh", "", "Văn phòng UBND tỉnh");
    }

    @Test
    void givenTwoUnitsSharingAnAlias_whenMatched_thenItIsAmbiguousWithBothCandidates() {
        UnitNameMatcher shared = new UnitNameMatcher(List.of(
                new RegistryUnit("A", "Phòng Văn hóa - Xã hội xã A", List.of("Phòng VHXH")),
                new RegistryUnit("B", "Phòng Văn hóa - Xã hội xã B", List.of("Phòng VHXH"))));

        UnitMatch match = shared.match("phòng vhxh");

        assertThat(match.status()).isEqualTo(MatchStatus.AMBIGUOUS);
        assertThat(match.code()).isNull();
        assertThat(match.candidates()).containsExactly("A", "B");
    }

    @Test
    void givenNamesWithAbbreviations_whenKeyed_thenTheyShareOneCanonicalKey() {
        assertThat(UnitNameMatcher.key("VP UBND tỉnh"))
                .isEqualTo(UnitNameMatcher.key("Văn phòng Ủy ban nhân dân tỉnh"))
                .isEqualTo("van phong uy ban nhan dan tinh");
        assertThat(UnitNameMatcher.key("Ban TĐKT Trung ương")).isEqualTo("ban thi dua khen thuong trung uong");
    }

    @Test
    void givenVietnameseText_whenFolded_thenCaseDiacriticsAndTrailingPunctuationAreIgnored() {
        assertThat(VietnameseText.fold("  Đắk  Lắk; ")).isEqualTo("dak lak");
        assertThat(VietnameseText.fold("Uỷ ban")).isEqualTo(VietnameseText.fold("ỦY BAN")).isEqualTo("uy ban");
        assertThat(VietnameseText.fold(java.text.Normalizer.normalize("Sở Nội vụ:", java.text.Normalizer.Form.NFD)))
                .isEqualTo("so noi vu");
    }
}
