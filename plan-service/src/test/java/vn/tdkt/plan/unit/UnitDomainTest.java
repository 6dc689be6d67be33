package vn.tdkt.plan.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.UnitChanged;
import vn.tdkt.contracts.plan.UnitEvent;
import vn.tdkt.contracts.plan.UnitRegistered;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.plan.unit.domain.OrgUnit;
import vn.tdkt.plan.unit.domain.UnitCsv;
import vn.tdkt.plan.unit.domain.UnitData;
import vn.tdkt.plan.unit.domain.UnitKind;

class UnitDomainTest {

    @Test
    void csv_lines_are_parsed_with_quotes_aliases_and_dates() {
        // given
        String csv = "code,name,kind,parentCode,aliases,headName,activeFrom\n"
                + "SVHTTDL,\"Sở Văn hóa, Thể thao và Du lịch\",department,UBND,Sở VHTTDL|Sở VH-TT-DL,Nguyễn Văn B,01/07/2025\n"
                + "bad code,,NOPE,,,,2025-13-01\n";
        // when
        List<UnitCsv.Line> lines = new UnitCsv().parse(csv);
        // then
        assertThat(lines).hasSize(2);
        UnitData ok = lines.get(0).data();
        assertThat(lines.get(0).problems()).isEmpty();
        assertThat(ok.name()).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
        assertThat(ok.kind()).isEqualTo(UnitKind.DEPARTMENT);
        assertThat(ok.aliases()).containsExactly("Sở VHTTDL", "Sở VH-TT-DL");
        assertThat(ok.activeFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(lines.get(1).lineNumber()).isEqualTo(3);
        assertThat(lines.get(1).problems()).extracting(UnitData.Violation::code)
                .contains("unit.kind-invalid", "unit.date-invalid", "unit.code-invalid", "unit.name-missing");
    }

    @Test
    void registration_folds_the_name_and_changes_report_fields() {
        UnitData data = new UnitData("SNV", "Sở Nội vụ", List.of("Phòng Thi đua, khen thưởng"), UnitKind.DEPARTMENT,
                "UBND", new UnitData.Head("Lê Văn C", "Giám đốc", "gd@snv.vn"), null, null, null, null);
        Created<OrgUnit, UnitEvent> registration = OrgUnit.register(data);
        assertThat(registration.aggregate().nameKey()).isEqualTo("so noi vu");
        assertThat(registration.aggregate().aliasKeys()).containsExactly("phong thi dua, khen thuong");
        assertThat(registration.events()).singleElement().isInstanceOf(UnitRegistered.class);

        // when the head changes and the unit is merged into a successor
        UnitData merged = new UnitData("SNV", "Sở Nội vụ", data.aliases(), UnitKind.DEPARTMENT, "UBND",
                new UnitData.Head("Trần D", "Giám đốc", "gd@snv.vn"), null, null, LocalDate.of(2025, 6, 30), "SNVMOI");
        UnitChanged changed = (UnitChanged) registration.aggregate().change(merged).get(0);
        assertThat(changed.changedFields()).containsExactly("headName", "activeTo", "successorCode");
        assertThat(changed.unit()).isEqualTo(registration.aggregate().profile());
        assertThat(changed.unit().headName()).isEqualTo("Trần D");
        assertThat(changed.unit().successorCode()).isEqualTo("SNVMOI");
        assertThat(registration.aggregate().isActiveOn(LocalDate.of(2025, 7, 1))).isFalse();
        // no change, no event
        assertThat(registration.aggregate().change(merged)).isEmpty();
    }

    @Test
    void a_district_is_history_only_ending_by_30_june_2025() {
        UnitData stillActive = new UnitData("HMAISON", "Huyện Mai Sơn", List.of(), UnitKind.DISTRICT, "UBND",
                new UnitData.Head(null, null, null), null, null, null, null);
        UnitData dissolved = new UnitData("HMAISON", "Huyện Mai Sơn", List.of(), UnitKind.DISTRICT, "UBND",
                new UnitData.Head(null, null, null), null, null, LocalDate.of(2025, 6, 30), null);
        UnitData tooLate = new UnitData("HMAISON", "Huyện Mai Sơn", List.of(), UnitKind.DISTRICT, "UBND",
                new UnitData.Head(null, null, null), null, null, LocalDate.of(2025, 7, 1), null);

        assertThat(stillActive.violations()).extracting(UnitData.Violation::code).containsExactly("unit.district-abolished");
        assertThat(tooLate.violations()).extracting(UnitData.Violation::code).containsExactly("unit.district-abolished");
        assertThat(dissolved.violations()).isEmpty();
        assertThat(OrgUnit.register(dissolved).aggregate().isActiveOn(LocalDate.of(2025, 7, 1))).isFalse();
    }
}
