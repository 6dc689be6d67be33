package vn.tdkt.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.notification.notice.domain.RecipientRef;
import vn.tdkt.notification.preference.application.PreferenceService;
import vn.tdkt.notification.support.NotificationServiceTest;
import vn.tdkt.notification.support.Units;
import vn.tdkt.platformtest.security.TestTokens;

class PreferenceApiTest extends NotificationServiceTest {

    @Autowired
    PreferenceService preferences;

    @Test
    void defaultsThenAVersionedChangePerUnitHeadAndPerson() throws Exception {
        String unit = Units.fresh("PF");
        mvc.perform(get("/api/v1/preferences/{unit}/unit", unit).with(TestTokens.unitOfficer(unit)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.defaultChannels").value(org.hamcrest.Matchers.containsInAnyOrder("INBOX",
                        "EMAIL")))
                .andExpect(jsonPath("$.dailyDigest").value(false))
                .andExpect(jsonPath("$.language").value("vi"));

        String body = "{\"channels\":{\"TASK_DUE\":[\"INBOX\"],\"QUARTER_DIGEST\":[]},\"dailyDigest\":true}";
        mvc.perform(put("/api/v1/preferences/{unit}/head", unit).with(TestTokens.unitOfficer(unit))
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.recipient").value("head:" + unit))
                .andExpect(jsonPath("$.channels.TASK_DUE").value(org.hamcrest.Matchers.contains("INBOX")))
                .andExpect(jsonPath("$.channels.QUARTER_DIGEST").isEmpty());
        // a second officer who also read the defaults does not overwrite the first one's choice
        mvc.perform(put("/api/v1/preferences/{unit}/head", unit).with(TestTokens.unitOfficer(unit))
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dailyDigest\":false}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get("/api/v1/preferences/{unit}/head", unit).with(TestTokens.unitOfficer(unit)))
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.dailyDigest").value(true));
        mvc.perform(put("/api/v1/preferences/{unit}/head", unit).with(TestTokens.unitOfficer(unit))
                        .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));

        // a person of the unit: e-mail only
        String person = "nguyen.an@" + unit.toLowerCase() + ".vn";
        mvc.perform(put("/api/v1/preferences/{unit}/{email}", unit, person).with(TestTokens.unitOfficer(unit))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channels\":{\"AWARD_DECIDED\":[\"INBOX\"]}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("preference.channel-invalid"));
        mvc.perform(get("/api/v1/preferences").param("unit", unit).with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$[*].recipient").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItem("person:" + person))));
        mvc.perform(put("/api/v1/preferences/{unit}/{email}", unit, person).with(TestTokens.unitOfficer(unit))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\":\"en\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.audience").value("PERSON"));
        mvc.perform(get("/api/v1/preferences").param("unit", unit).with(TestTokens.unitOfficer(unit)))
                .andExpect(jsonPath("$[*].recipient").value(org.hamcrest.Matchers.contains("unit:" + unit,
                        "head:" + unit, "person:" + person)));
    }

    @Test
    void aPersonsChoicesAreKeptPerUnitSoAnotherUnitCanNeitherReadNorMuteThem() throws Exception {
        String own = Units.fresh("PO");
        String other = Units.fresh("PX");
        String person = "tran.binh@" + own.toLowerCase() + ".vn";
        mvc.perform(put("/api/v1/preferences/{unit}/{email}", own, person).with(TestTokens.unitOfficer(own))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\":\"en\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));

        // another unit sees only its own choices for the person: none yet
        mvc.perform(get("/api/v1/preferences/{unit}/{email}", other, person).with(TestTokens.unitOfficer(other)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.language").value("vi"));
        // and what it chooses applies to its own notices only
        mvc.perform(put("/api/v1/preferences/{unit}/{email}", other, person).with(TestTokens.unitOfficer(other))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"channels\":{\"AWARD_DECIDED\":[]}}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/preferences/{unit}/{email}", own, person).with(TestTokens.unitOfficer(own)))
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.recipient").value("person:" + person))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.channels.AWARD_DECIDED").doesNotExist());
        assertThat(preferences.forRecipient(RecipientRef.person(person, own)).channelsFor(NoticeKind.AWARD_DECIDED))
                .contains(Channel.EMAIL);
        assertThat(preferences.forRecipient(RecipientRef.person(person, other)).channelsFor(NoticeKind.AWARD_DECIDED))
                .isEmpty();
    }

    @Test
    void aPersonsChoicesStoredBeforeTheyWereKeptPerUnitStillCountForTheUnitThatKeptThem() throws Exception {
        String own = Units.fresh("PL");
        String person = "le.hanh@" + own.toLowerCase() + ".vn";
        mvc.perform(put("/api/v1/preferences/{unit}/{email}", own, person).with(TestTokens.unitOfficer(own))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\":\"en\"}"))
                .andExpect(status().isOk());
        // as an earlier release stored it: keyed by the address alone
        org.bson.Document stored = mongo.getCollection("preferences")
                .findOneAndDelete(new org.bson.Document("_id", "person:" + own + ":" + person));
        stored.put("_id", "person:" + person);
        mongo.getCollection("preferences").insertOne(stored);

        mvc.perform(get("/api/v1/preferences/{unit}/{email}", own, person).with(TestTokens.unitOfficer(own)))
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.language").value("en"));
        assertThat(preferences.forRecipient(RecipientRef.person(person, own)).language().tag()).isEqualTo("en");
        assertThat(preferences.forRecipient(RecipientRef.person(person, "KHAC")).language().tag()).isEqualTo("vi");
    }

    @Test
    void badInputIsAProblemAndChangesNothing() throws Exception {
        String unit = Units.fresh("PB");
        mvc.perform(put("/api/v1/preferences/{unit}/unit", unit).with(TestTokens.unitOfficer(unit))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"channels\":{\"TASK_DUE\":[\"WEBHOOK\"]}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("preference.channel-invalid"));
        mvc.perform(put("/api/v1/preferences/{unit}/unit", unit).with(TestTokens.unitOfficer(unit))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\":\"fr\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("preference.language-invalid"))
                .andExpect(jsonPath("$.detail").value("Ngôn ngữ fr không được hỗ trợ (vi hoặc en)."));
        mvc.perform(put("/api/v1/preferences/{unit}/khong-phai-email", unit).with(TestTokens.unitOfficer(unit))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("preference.recipient-invalid"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Recipient khong-phai-email")));
        mvc.perform(get("/api/v1/preferences/{unit}/unit", unit).with(TestTokens.unitOfficer(unit)))
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""));
    }
}
