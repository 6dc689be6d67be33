package vn.tdkt.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.notification.NotificationFailed;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.notification.delivery.domain.DeliveryStatus;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.support.NotificationServiceTest;
import vn.tdkt.notification.support.Units;
import vn.tdkt.platform.events.EventJson;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.contracts.EventMessages;
import vn.tdkt.platformtest.security.TestTokens;

/** Who gets which e-mail, in which language, and what happens when there is no address or the unit muted a kind. */
class EmailContentTest extends NotificationServiceTest {


    @BeforeEach
    void daytime() {
        clock.set(LocalDateTime.of(2025, 12, 12, 9, 0));
    }

    @Test
    void anAwardDecisionGoesToTheUnitAndToTheAwardeeWhereTheAddressIsKnown() throws Exception {
        String unit = registeredUnit("AW");
        String person = "hoa." + unit.toLowerCase() + "@example.vn";

        String event = deliverTo(unit, EventTypes.AWARD_DECIDED, "award-1", "hoa.nt@sgddt.example.vn", person);
        dispatchAndAwaitMails(2);
        assertThat(mailsTo(person)).singleElement().satisfies(mail -> {
            assertThat(subject(mail)).isEqualTo(
                    "[TĐKT] Quyết định khen thưởng số 2150/QĐ-UBND: Nguyễn Thị Hoa – Chiến sĩ thi đua cấp tỉnh");
            assertThat(text(mail)).startsWith("Kính gửi: Nguyễn Thị Hoa.")
                    .contains("kèm tiền thưởng 7.590.000 đồng")
                    .contains("http://localhost:8082/verify/Q2xUa0pXb3Z2");
        });
        assertThat(mailsTo(Units.email(unit))).singleElement()
                .satisfies(mail -> assertThat(text(mail)).startsWith("Kính gửi: Đơn vị " + unit + "."));
        // the person has no inbox: only the unit's inbox entry
        assertThat(deliveries.ofSourceEvent(event)).filteredOn(d -> d.channel() != Channel.WEBHOOK)
                .extracting(Delivery::channel)
                .containsExactlyInAnyOrder(Channel.INBOX, Channel.EMAIL, Channel.EMAIL);
    }

    @Test
    void aUnitThatChoseEnglishGetsItsNoticesInEnglish() throws Exception {
        String unit = registeredUnit("EN");
        setUnitPreferences(unit, "{\"language\":\"en\"}");

        deliverTo(unit, EventTypes.DOSSIER_APPRAISED, "dossier-en");
        dispatchAndAwaitMails(1);
        assertThat(mailsTo(Units.email(unit))).singleElement().satisfies(mail -> {
            assertThat(subject(mail)).isEqualTo("[TĐKT] Appraisal result: eligible – Nguyễn Thị Hoa");
            assertThat(text(mail)).contains("was appraised by the Department of Home Affairs on 12/12/2025")
                    .contains("Sent automatically by the emulation and commendation system");
            assertThat(mail.getHeader("Content-Language")[0]).isEqualTo("en");
        });
    }

    @Test
    void aCouncilInvitationGoesToEachInviteeAndAMutedKindSendsNoEmail() throws Exception {
        String unit = registeredUnit("MU");
        String member = "chutich." + unit.toLowerCase() + "@ubnd.example.vn";
        // the unit mutes e-mail for new tasks, keeps the inbox
        setUnitPreferences(unit, "{\"channels\":{\"TASK_ASSIGNED\":[\"INBOX\"]}}");

        deliver(EventTypes.COUNCIL_SESSION_SCHEDULED, "session-1", fixture(EventTypes.COUNCIL_SESSION_SCHEDULED,
                "chutich@ubnd.example.vn", member));
        String assigned = deliverTo(unit, EventTypes.TASK_ASSIGNED, "task-m1");
        dispatchAndAwaitMails(1);
        assertThat(mailsTo(member)).singleElement().satisfies(mail -> {
            assertThat(subject(mail)).isEqualTo(
                    "[TĐKT] Giấy mời họp Hội đồng Thi đua – Khen thưởng tỉnh lúc 08:30 ngày 18/12/2026");
            assertThat(text(mail)).startsWith("Kính gửi: Lò Văn Minh.")
                    .contains("tại Phòng họp số 1, UBND tỉnh").contains("- Nguyễn Thị Hoa (CSTD_TINH)");
        });
        assertThat(deliveries.ofSourceEvent(assigned)).extracting(Delivery::channel).containsExactly(Channel.INBOX);
        assertThat(mailsTo(Units.email(unit))).isEmpty();
    }

    @Test
    void aCouncilMeetingReminderReachesTheStandingBodyAndEachMemberWithAnAddressOnce() throws Exception {
        String unit = registeredUnit("HD");
        String chair = "chutich." + unit.toLowerCase() + "@ubnd.example.vn";
        // a second member, without an address, before the fixture's chair
        String json = fixture(EventTypes.COUNCIL_MEETING_DUE,
                "\"unitCode\": \"SNV\"", "\"unitCode\": \"" + unit + "\"",
                "chutich@ubnd.example.vn", chair, "\"members\": [", """
                "members": [
                    {"memberId": "hd-02", "name": "Lê Thị Thường Trực", "role": "THUONG_TRUC", "unitCode": "%s"},
                """.formatted(unit));
        String id = UUID.randomUUID().toString();
        var message = EventMessages.of(EventTypes.COUNCIL_MEETING_DUE, id,
                "HDTDKT-TINH", 3, json);
        deliver(message);
        int recorded = deliveries.ofSourceEvent(id).size();
        deliver(message); // redelivered: nothing new
        dispatchAndAwaitMails(2);
        String subject = "[TĐKT] Nhắc họp định kỳ Hội đồng Thi đua – Khen thưởng tỉnh: chậm nhất ngày 18/12/2026";
        String period = "Hội đồng Thi đua – Khen thưởng tỉnh họp định kỳ ít nhất 6 tháng một lần. Phiên họp gần nhất "
                + "của Hội đồng là ngày 18/06/2026, vì vậy phiên họp tiếp theo cần được tổ chức chậm nhất ngày "
                + "18/12/2026.";
        assertThat(mailsTo(chair)).singleElement().satisfies(mail -> {
            assertThat(subject(mail)).isEqualTo(subject);
            assertThat(text(mail)).startsWith("Kính gửi: Lò Văn Minh.\n\n" + period)
                    .contains("Đơn vị " + unit + " (cơ quan thường trực của Hội đồng) sẽ gửi giấy mời họp")
                    .doesNotContain("Thành viên Hội đồng đương nhiệm");
        });
        assertThat(mailsTo(Units.email(unit))).singleElement().satisfies(mail -> {
            assertThat(subject(mail)).isEqualTo(subject);
            assertThat(text(mail)).startsWith("Kính gửi: Đơn vị " + unit + ".\n\n" + period)
                    .contains("Thành viên Hội đồng đương nhiệm (2):\n- Lê Thị Thường Trực\n- Lò Văn Minh\n");
        });
        // the standing body's inbox entry and e-mail, the chair's e-mail; the member without an address gets nothing
        assertThat(deliveries.ofSourceEvent(id)).hasSize(recorded)
                .filteredOn(d -> d.channel() != Channel.WEBHOOK)
                .extracting(Delivery::channel, Delivery::recipientKey)
                .containsExactlyInAnyOrder(tuple(Channel.INBOX, "unit:" + unit), tuple(Channel.EMAIL, "unit:" + unit),
                        tuple(Channel.EMAIL, "person:" + chair));
        mvc.perform(get("/api/v1/inbox").with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("COUNCIL_MEETING_DUE"))
                .andExpect(jsonPath("$.items[0].kindLabel").value("Nhắc họp định kỳ Hội đồng Thi đua - Khen thưởng"))
                .andExpect(jsonPath("$.items[0].title").value(subject));
        dispatcher.dispatchDue(); // a later round sends nothing again
        assertThat(mailsTo(chair)).hasSize(1);
    }

    @Test
    void aRecipientWithoutAnAddressIsLoggedAsSkippedAndReportedAsFailed() throws Exception {
        String unit = Units.fresh("NA");
        registerUnit(unit, "Đơn vị chưa có thư", "DEPARTMENT", "UBND", null, null);

        String event = deliverTo(unit, EventTypes.REPORT_RETURNED, "duty-na");

        Delivery email = delivery(event, Channel.EMAIL);
        assertThat(email.status()).isEqualTo(DeliveryStatus.SKIPPED);
        List<String> failed = mongo.findById(email.id(), org.bson.Document.class, "deliveries")
                .getList("outbox", org.bson.Document.class).stream()
                .map(entry -> entry.getString("payload")).toList();
        assertThat(failed).singleElement().satisfies(json -> {
            ContractSchemas.assertValid(EventTypes.NOTIFICATION_FAILED, json);
            NotificationFailed payload = EventJson.mapper().readValue(json, NotificationFailed.class);
            assertThat(payload.willRetry()).isFalse();
            assertThat(payload.error()).contains("chưa có địa chỉ e-mail");
            assertThat(payload.notification().unitCode()).isEqualTo(unit);
        });
        // the inbox works regardless
        mvc.perform(get("/api/v1/inbox").with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$.items[0].kind").value("REPORT_RETURNED"))
                .andExpect(jsonPath("$.items[0].body").value(org.hamcrest.Matchers.containsString(
                        "- Thiếu số liệu khen thưởng theo hình thức")));
    }
}
