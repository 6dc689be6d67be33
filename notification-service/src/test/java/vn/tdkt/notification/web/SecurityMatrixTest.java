package vn.tdkt.notification.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.messaging.Message;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.notification.AbstractServiceTest;
import vn.tdkt.notification.inbox.persistence.InboxRepository;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.contracts.EventMessages;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * Every endpoint × caller. The resource owner is unit SGDDT. Conventions: a query on another unit's inbox is
 * refused (403); another unit's resource (an inbox entry, a recipient entry) is not revealed (404); a missing
 * role is 403; no token is 401.
 */
class SecurityMatrixTest extends AbstractServiceTest {

    private static final String ENTRY_EVENT_ID = "0195f3a2-7c1e-7a00-8000-5ec000000001";
    private static final String PUT_BODY = "{\"email\":\"tdkt@sgddt.sonla.gov.vn\",\"headEmail\":\"giamdoc@sgddt.sonla.gov.vn\"}";

    @Autowired MockMvc mvc;
    @Autowired InboxRepository inbox;
    @Autowired @Qualifier("nominationEvents") Consumer<Message<byte[]>> nominationEvents;

    private String entryId;

    enum Caller {
        OWN_UNIT(TestTokens.unitOfficer("SGDDT")),
        OTHER_UNIT(TestTokens.unitOfficer("SYT")),
        SNV_OFFICER(TestTokens.snvOfficer()),
        ADMIN(TestTokens.as("VPUBND", "ADMIN")),
        LEADER(TestTokens.leader()),
        NO_ROLE(TestTokens.noRole("SGDDT")),
        ANONYMOUS(null);

        final RequestPostProcessor token;

        Caller(RequestPostProcessor token) {
            this.token = token;
        }
    }

    enum Endpoint {
        LIST_INBOX(id -> get("/api/v1/inbox").param("unit", "SGDDT")),
        MARK_READ(id -> post("/api/v1/inbox/{id}/read", id)),
        LIST_DELIVERIES(id -> get("/api/v1/deliveries").param("unit", "SGDDT")),
        GET_RECIPIENT(id -> get("/api/v1/recipients/SGDDT")),
        PUT_RECIPIENT(id -> put("/api/v1/recipients/SGDDT").contentType(MediaType.APPLICATION_JSON).content(PUT_BODY));

        final Function<String, MockHttpServletRequestBuilder> request;

        Endpoint(Function<String, MockHttpServletRequestBuilder> request) {
            this.request = request;
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        //                 endpoint                    own  other snv  admin leader noRole anonymous
        row(rows, Endpoint.LIST_INBOX,                 200, 403,  200, 200,  403,   403,   401);
        row(rows, Endpoint.MARK_READ,                  200, 404,  404, 404,  403,   403,   401);
        row(rows, Endpoint.LIST_DELIVERIES,            403, 403,  200, 200,  403,   403,   401);
        row(rows, Endpoint.GET_RECIPIENT,              200, 404,  200, 200,  403,   403,   401);
        row(rows, Endpoint.PUT_RECIPIENT,              403, 403,  200, 200,  403,   403,   401);
        return rows.stream();
    }

    private static void row(List<Arguments> rows, Endpoint endpoint, int... expected) {
        Caller[] callers = Caller.values();
        for (int i = 0; i < callers.length; i++) {
            rows.add(Arguments.of(endpoint, callers[i], expected[i]));
        }
    }

    @BeforeEach
    void anInboxEntryOfSgddtExists() {
        nominationEvents.accept(EventMessages.of(EventTypes.DOSSIER_APPRAISED, ENTRY_EVENT_ID, "dossier-sec", 1,
                ContractSchemas.fixture(EventTypes.DOSSIER_APPRAISED)));
        entryId = inbox.findBySourceEvent(ENTRY_EVENT_ID).get(0).id();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void access(Endpoint endpoint, Caller caller, int expected) throws Exception {
        MockHttpServletRequestBuilder request = endpoint.request.apply(entryId);
        if (caller.token != null) {
            request.with(caller.token);
        }
        var result = mvc.perform(request).andExpect(status().is(expected));
        if (expected >= 400) {
            result.andExpect(jsonPath("$.code").exists()).andExpect(jsonPath("$.status").value(expected));
        }
    }
}
