package vn.tdkt.nomination.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.tdkt.nomination.dossier.domain.Achievement;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierContent;
import vn.tdkt.nomination.dossier.domain.Gender;
import vn.tdkt.nomination.dossier.domain.Proposal;
import vn.tdkt.nomination.dossier.domain.Subject;
import vn.tdkt.nomination.support.AwardTestSupport;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;

/**
 * The fund forecast (R-FUND-01, R-MONEY-01): money committed by the year's decisions that the province pays, money the
 * year's open proposals would take at today's base salary, against the fund less its 20 % reserve.
 */
class FundForecastTest extends AwardTestSupport {

    @Test
    void committed_and_pending_money_against_the_fund_less_its_reserve() throws Exception {
        hoaHoldsCstdcs(2025, 2026);
        decide("2150/QĐ-UBND", "2026-12-20", "CHU_TICH_UBND_TINH",
                eligiblePerson("Nguyễn Thị Hoa", HOA_ID, "BK_TINH", 2026)).andExpect(status(201));
        decide("60/QĐ-SGDĐT", "2026-12-20", "THU_TRUONG_SO_NGANH",
                eligiblePerson("Lò Văn Minh", null, "GIAY_KHEN", 2026)).andExpect(status(201));
        eligiblePerson("Cầm Thị Lan", null, "BK_TINH", 2026);
        submitted("Đinh Văn Sơn", "CSTD_TINH", 2026);
        submitted("Quàng Thị Mai", "LDTT", 2026);
        submitted("Lường Văn Hải", "BK_TINH", 2025);

        var noFund = forecast(2026);
        assertThat((Object) json(noFund, "$.fund")).isNull();
        assertThat((Object) json(noFund, "$.remaining")).isNull();

        enter(2026, 1_000_000_000L, null).andExpect(status(200));
        var forecast = forecast(2026);

        assertThat((Integer) json(forecast, "$.reserve.amount")).isEqualTo(200_000_000);
        assertThat((Double) json(forecast, "$.reserve.share")).isEqualTo(0.2);
        assertThat((String) json(forecast, "$.reserve.citation")).contains("Điều 52");
        assertThat((Integer) json(forecast, "$.availableForRewards")).isEqualTo(800_000_000);
        assertThat((Integer) json(forecast, "$.committed.amount")).as("the provincial Bằng khen only; a unit's own "
                + "Giấy khen is its own fund's").isEqualTo(3_795_000);
        assertThat((Integer) json(forecast, "$.pending.dossiers")).isEqualTo(2);
        assertThat((Integer) json(forecast, "$.pending.amount")).as("1,5 and 3,0 × 2.530.000 đ")
                .isEqualTo(3_795_000 + 7_590_000);
        assertThat((Integer) json(forecast, "$.pending.byStatus.SUBMITTED.amount")).isEqualTo(7_590_000);
        assertThat((Integer) json(forecast, "$.pending.baseSalary")).isEqualTo(2_530_000);
        assertThat((Integer) json(forecast, "$.projected")).isEqualTo(15_180_000);
        assertThat((Integer) json(forecast, "$.remaining")).isEqualTo(784_820_000);
        assertThat((Boolean) json(forecast, "$.overCommitted")).isFalse();

        String etag = enter(2026, 18_000_000L, null).andReturn().getResponse().getHeader("ETag");
        var tight = forecast(2026);
        assertThat((Integer) json(tight, "$.availableForRewards")).isEqualTo(14_400_000);
        assertThat((Boolean) json(tight, "$.overCommitted")).isTrue();
        enter(2026, 20_000_000L, "\"0\"").andExpect(status(412));
        enter(2026, 20_000_000L, etag).andExpect(status(200));
        assertThat((Integer) json(mvc.perform(get("/api/v1/funds/2026").with(snvOfficer())), "$.amount"))
                .isEqualTo(20_000_000);
        mvc.perform(get("/api/v1/funds/2027").with(snvOfficer())).andExpect(status(404));
    }

    private ResultActions enter(int year, long amount, String ifMatch) throws Exception {
        var request = put("/api/v1/funds/" + year).with(snvOfficer()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"amount": %d, "source": "Dự toán ngân sách tỉnh năm %d (Nghị quyết 45/NQ-HĐND)"}"""
                        .formatted(amount, year));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }

    private ResultActions forecast(int year) throws Exception {
        return mvc.perform(get("/api/v1/fund-forecast").param("year", String.valueOf(year)).with(snvOfficer()))
                .andExpect(status(200));
    }

    private void submitted(String name, String award, int year) {
        String id = Ids.newId(clock);
        Instant now = clock.instant();
        dossierStore.insert(Dossier.draft(id, OWN, null, new DossierContent(Subject.person(name, HOA_BORN,
                Gender.MALE, "Giáo viên", OWN, null), new Proposal(award, null, year, null),
                new Achievement("Hoàn thành xuất sắc nhiệm vụ", null, null, null, List.of()), List.of()),
                "sgddt-user", now));
        dossierStore.update(id, VersionPrecondition.none(), d -> d.submit("sgddt-user", now, clock.today(),
                workingDays.context()));
    }
}
