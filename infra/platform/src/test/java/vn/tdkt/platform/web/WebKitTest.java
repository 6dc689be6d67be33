package vn.tdkt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.messaging.Message;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platformtest.security.TestTokens;

/** What every service gets from the kit at its HTTP edge, checked on a minimal application. */
@SpringBootTest(classes = WebKitTest.TestApp.class, properties = {
        "spring.application.name=webkit-test",
        "spring.cloud.function.definition=sample",
        "spring.cloud.stream.bindings.sample-in-0.destination=tdkt.sample.events",
        "tdkt.outbox.enabled=false"})
@AutoConfigureMockMvc
@Import(TestChannelBinderConfiguration.class)
class WebKitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApp app;
    @Autowired
    Environment environment;

    @SpringBootApplication
    @RestController
    static class TestApp {
        final AtomicInteger created = new AtomicInteger();

        record Item(@NotBlank String name) {
        }

        @PostMapping("/api/v1/items")
        @ResponseStatus(HttpStatus.CREATED)
        Item create(@Valid @RequestBody Item item) {
            created.incrementAndGet();
            return item;
        }

        enum Colour { RED, GREEN }

        record Paint(Colour colour, java.util.List<Item> items) {
        }

        @PostMapping("/api/v1/paints")
        Paint paint(@RequestBody Paint paint) {
            created.incrementAndGet();
            return paint;
        }

        record Coat(int layers) {
        }

        @PostMapping("/api/v1/coats")
        Coat coat(@RequestBody Coat coat) {
            created.incrementAndGet();
            return coat;
        }

        @GetMapping("/api/v1/days")
        String day(@org.springframework.web.bind.annotation.RequestParam java.time.LocalDate on) {
            return on.toString();
        }

        @GetMapping("/api/v1/conflict")
        void conflict() {
            throw DomainException.conflict("concurrent.update");
        }

        /** Looks up what the caller did not name: the missing value itself is the message argument. */
        @GetMapping("/api/v1/lookup")
        void lookup(@org.springframework.web.bind.annotation.RequestParam(required = false) String name) {
            throw DomainException.notFound("resource.not-found", name);
        }

        @GetMapping("/api/v1/me")
        TdktPrincipal me(TdktPrincipal principal) {
            return principal;
        }

        @GetMapping("/api/v1/pages")
        vn.tdkt.platform.web.paging.PageQuery pages(vn.tdkt.platform.web.paging.PageQuery page) {
            return page;
        }

        /** An update guarded by If-Match: the stored version is 4. */
        @org.springframework.web.bind.annotation.PutMapping("/api/v1/versioned")
        org.springframework.http.ResponseEntity<String> update(IfMatch ifMatch) {
            ifMatch.check(4);
            updated.incrementAndGet();
            return ETags.ok(new vn.tdkt.platform.domain.Versioned<>("v5", 5), String::toString);
        }

        final AtomicInteger updated = new AtomicInteger();

        enum Kind { REPORT, DOCUMENT }

        record Line(@NotBlank @vn.tdkt.platform.text.SingleLine String title, Kind kind,
                    java.time.LocalDate dueDate, Integer copies) {
        }

        record Order(@Valid java.util.List<Line> lines, String note) {
        }

        /**
         * Places an order with {@code lines[].kind} set.
         * Each line names its kind.
         */
        @PostMapping("/api/v1/orders")
        Order order(@Valid @RequestBody Order order) {
            created.incrementAndGet();
            return order;
        }

        /**
         * Takes a note, as text or as JSON.
         * One operation served by two methods, one per content type.
         */
        @PostMapping(value = "/api/v1/notes", consumes = "text/plain")
        @io.swagger.v3.oas.annotations.Operation(operationId = "note-take")
        String noteAsText(@RequestBody String note) {
            return note;
        }

        /**
         * Echoes a text.
         * An overload of the same name, below: both operations are then named by method and path.
         */
        @GetMapping("/api/v1/echo/text")
        String echo(@org.springframework.web.bind.annotation.RequestParam String text) {
            return text;
        }

        /**
         * Echoes a number.
         * The overload of {@code echo}.
         */
        @GetMapping("/api/v1/echo/{number}")
        String echo(@org.springframework.web.bind.annotation.PathVariable int number) {
            return Integer.toString(number);
        }

        // the same operation, as JSON
        @PostMapping(value = "/api/v1/notes", consumes = "application/json")
        @io.swagger.v3.oas.annotations.Operation(operationId = "note-take")
        String noteAsJson(@RequestBody Item note) {
            return note.name();
        }

        /**
         * Lists lines of a kind.
         * Only that kind.
         *
         * @param kind the kind of the lines,
         *             as an enum value
         */
        @GetMapping("/api/v1/lines")
        String lines(@org.springframework.web.bind.annotation.RequestParam Kind kind) {
            return kind.name();
        }

        @Bean
        Consumer<Message<byte[]>> sample() {
            return message -> { };
        }
    }

    @Test
    void no_token_is_a_401_problem() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.code").value("security.unauthenticated"))
                .andExpect(jsonPath("$.status").value(401))
                // Vietnamese by default even here, before the dispatcher (the request's own locale is English)
                .andExpect(jsonPath("$.title").value("Chưa xác thực"))
                .andExpect(jsonPath("$.detail").value("Cần có mã truy cập (Bearer token) hợp lệ."));
        mvc.perform(get("/api/v1/me").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("A valid bearer token is required."));
    }

    @Test
    void if_match_is_a_controller_parameter_and_a_stale_tag_is_a_412_that_changes_nothing() throws Exception {
        int before = app.updated.get();
        mvc.perform(putVersioned("\"3\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.code").value("etag.mismatch"));
        assertThat(app.updated.get()).isEqualTo(before);

        mvc.perform(putVersioned("\"4\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"5\""));
        mvc.perform(putVersioned(null))
                .andExpect(status().isOk());
        assertThat(app.updated.get()).isEqualTo(before + 2);
    }

    @Test
    void a_malformed_if_match_is_a_400_that_says_so_and_changes_nothing() throws Exception {
        int before = app.updated.get();
        mvc.perform(putVersioned("W/\"zz"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("etag.malformed"))
                .andExpect(jsonPath("$.detail").value(startsWith("Tiêu đề If-Match W/\"zz không đúng cú pháp")));
        mvc.perform(putVersioned("4").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("The If-Match header 4 is malformed")));
        assertThat(app.updated.get()).isEqualTo(before);
    }

    /** {@code POST path} as snv with {@code json} as its body, for a test to add its headers to. */
    private static MockHttpServletRequestBuilder postJson(String path, String json) {
        return post(path).with(TestTokens.snvOfficer()).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    /** {@code PUT /api/v1/versioned} as snv, with {@code ifMatch} as its {@code If-Match} (null: none). */
    private static MockHttpServletRequestBuilder putVersioned(String ifMatch) {
        MockHttpServletRequestBuilder request = put("/api/v1/versioned").with(TestTokens.snvOfficer());
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    @Test
    void an_unknown_enum_value_names_the_field_and_the_allowed_values_in_both_languages() throws Exception {
        int before = app.created.get();
        String body = "{\"lines\":[{\"title\":\"Báo cáo\",\"kind\":\"REPORT\"},{\"title\":\"Tin\",\"kind\":\"ARTICLE\"}]}";
        mvc.perform(postJson("/api/v1/orders", body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.field-enum"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[1].kind"))
                .andExpect(jsonPath("$.detail").value(
                        "Trường lines[1].kind không nhận giá trị \"ARTICLE\"; các giá trị hợp lệ: REPORT, DOCUMENT."));
        mvc.perform(postJson("/api/v1/orders", body).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "Field lines[1].kind does not accept \"ARTICLE\"; allowed values: REPORT, DOCUMENT."));
        assertThat(app.created.get()).isEqualTo(before);
    }

    @Test
    void malformed_json_says_where() throws Exception {
        mvc.perform(postJson("/api/v1/orders", "{\"lines\": [\n  {\"title\": \"A\",}\n]}")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"))
                .andExpect(jsonPath("$.detail").value(startsWith("The JSON body is malformed (line 2")));
    }

    @Test
    void an_unknown_enum_in_a_query_parameter_lists_the_allowed_values() throws Exception {
        mvc.perform(get("/api/v1/lines").param("kind", "EVENT").with(TestTokens.snvOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.field-enum"))
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("REPORT, DOCUMENT")));
    }

    @Test
    void line_breaks_are_accepted_in_multi_line_text() throws Exception {
        int before = app.created.get();
        mvc.perform(postJson("/api/v1/orders", "{\"note\":\"dòng 1\\ndòng 2\"}"))
                .andExpect(status().isOk());
        assertThat(app.created.get()).isEqualTo(before + 1);
    }

    /**
     * Bodies with a value that does not fit its field: path, body, problem code, the field named, a part of the
     * detail where it matters.
     */
    static Stream<Arguments> bodiesWithAValueThatDoesNotFit() {
        return Stream.of(
                Arguments.of("/api/v1/orders", "{\"lines\":[{\"title\":\"A\",\"dueDate\":\"31/12/2026\"}]}",
                        "request.field-type", "lines[0].dueDate",
                        "Trường lines[0].dueDate phải là một ngày dạng YYYY-MM-DD."),
                Arguments.of("/api/v1/orders", "{\"lines\":[{\"title\":\"A\",\"copies\":\"hai\"}]}",
                        "request.field-type", "lines[0].copies", ""),
                Arguments.of("/api/v1/orders", "{\"note\":\"xin\\u0007chào\"}", "text.control-characters", "note", ""),
                Arguments.of("/api/v1/orders", "{\"lines\":[{\"title\":\"Kế hoạch\\nnăm\"}]}", "validation.failed",
                        "lines[0].title", ""),
                Arguments.of("/api/v1/items", "{\"name\":\"\"}", "validation.failed", "name", ""),
                Arguments.of("/api/v1/paints", "{\"colour\": \"BLUE\"}", "request.field-enum", "colour", "RED, GREEN"),
                Arguments.of("/api/v1/paints", "{\"items\": [{\"name\": {\"nested\": 1}}]}", "request.field-type",
                        "items[0].name", ""),
                Arguments.of("/api/v1/coats", "{}", "request.field-required", "layers", "Thiếu trường layers."),
                Arguments.of("/api/v1/coats", "{\"layers\": null}", "request.field-required", "layers", ""),
                Arguments.of("/api/v1/coats", "{\"layers\": \"hai\"}", "request.field-type", "layers", "một số"),
                Arguments.of("/api/v1/coats", "{\"layers\": 1.5}", "request.field-type", "layers",
                        "Trường layers phải là một số nguyên."),
                Arguments.of("/api/v1/orders", "{\"lines\":[{\"title\":\"A\"}, null]}", "request.element-null",
                        "lines[1]", "Phần tử lines[1] không được là null"));
    }

    @ParameterizedTest(name = "{0} {1} → {2} at {3}")
    @MethodSource("bodiesWithAValueThatDoesNotFit")
    void a_value_that_does_not_fit_its_field_is_a_400_problem_naming_the_field_and_changes_nothing(String path,
            String body, String code, String field, String detail) throws Exception {
        int before = app.created.get();
        mvc.perform(postJson(path, body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(detail)));
        assertThat(app.created.get()).isEqualTo(before);
    }

    @Test
    void the_api_document_declares_the_oauth2_flow_problem_responses_and_guard_headers() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl")
                        .value(org.hamcrest.Matchers.endsWith("/oauth2/token")))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].oauth2").isArray())
                .andExpect(jsonPath("$.info.contact.name").isNotEmpty())
                .andExpect(jsonPath("$.info.license.url").isNotEmpty())
                .andExpect(jsonPath("$.components.schemas.Problem.properties.code").exists())
                .andExpect(jsonPath("$.paths['/api/v1/orders'].post.responses['400'].content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/orders'].post.responses['401']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/orders'].post.parameters[?(@.name == 'Idempotency-Key')]").exists())
                .andExpect(jsonPath("$.paths['/api/v1/orders'].post.summary")
                        .value("Places an order with <code>lines[].kind</code> set."))
                .andExpect(jsonPath("$.paths['/api/v1/orders'].post.description").value("Each line names its kind."))
                .andExpect(jsonPath("$.paths['/api/v1/orders'].post.operationId").value("test-app-order"))
                .andExpect(jsonPath("$.paths['/api/v1/orders'].post['x-tdkt-documented']").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/notes'].post.operationId").value("note-take"))
                .andExpect(jsonPath("$.paths['/api/v1/notes'].post.summary").value("Takes a note, as text or as JSON."))
                .andExpect(jsonPath("$.paths['/api/v1/notes'].post.parameters[?(@.name == 'Idempotency-Key')]",
                        org.hamcrest.Matchers.hasSize(1)))
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.operationId").value("test-app-me"))
                .andExpect(jsonPath("$.paths['/api/v1/echo/text'].get.operationId").value("get-echo-text"))
                .andExpect(jsonPath("$.paths['/api/v1/echo/{number}'].get.operationId").value("get-echo-number"))
                .andExpect(jsonPath("$.paths['/api/v1/lines'].get.parameters[0].description")
                        .value("the kind of the lines,\nas an enum value"))
                .andExpect(jsonPath("$.paths['/api/v1/versioned'].put.parameters[?(@.name == 'If-Match')]").exists())
                .andExpect(jsonPath("$.paths['/api/v1/versioned'].put.responses['412']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.parameters").doesNotExist())
                .andExpect(jsonPath("$.tags[*].name").isNotEmpty());
    }

    @Test
    void a_page_query_is_a_controller_parameter_read_from_page_and_size_with_defaults_cap_and_problems()
            throws Exception {
        mvc.perform(get("/api/v1/pages").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20));
        mvc.perform(get("/api/v1/pages").param("page", "3").param("size", "500").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(3))
                .andExpect(jsonPath("$.size").value(100));
        mvc.perform(get("/api/v1/pages").param("page", "-1").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("page.invalid"));
        mvc.perform(get("/api/v1/pages").param("size", "many").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.field-type"))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/pages'].get.parameters[*].name",
                        org.hamcrest.Matchers.contains("page", "size")))
                .andExpect(jsonPath("$.paths['/api/v1/pages'].get.parameters[1].description")
                        .value("page size, default 20, at most 100"));
    }

    @Test
    void the_principal_carries_unit_and_roles_from_the_token() throws Exception {
        mvc.perform(get("/api/v1/me").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitCode").value("SGDDT"))
                .andExpect(jsonPath("$.roles[0]").value("UNIT_OFFICER"));
    }

    @Test
    void a_domain_conflict_is_a_409_problem_in_vietnamese_by_default_and_english_on_request() throws Exception {
        mvc.perform(get("/api/v1/conflict").with(TestTokens.snvOfficer()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://tdkt.gov.vn/problems/concurrent.update"))
                .andExpect(jsonPath("$.title").value("Xung đột trạng thái"))
                .andExpect(jsonPath("$.detail").value(startsWith("Dữ liệu vừa được người khác cập nhật")));
        mvc.perform(get("/api/v1/conflict").with(TestTokens.snvOfficer()).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Conflict"))
                .andExpect(jsonPath("$.detail").value(startsWith("Someone else has just updated")));
    }

    @Test
    void a_domain_error_whose_argument_is_the_missing_value_is_still_its_own_problem() throws Exception {
        mvc.perform(get("/api/v1/lookup").with(TestTokens.snvOfficer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("resource.not-found"))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy null."));
    }

    @Test
    void a_field_that_breaks_a_bean_validation_constraint_is_named_in_vietnamese_or_english() throws Exception {
        mvc.perform(postJson("/api/v1/items", "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("không được để trống"));
        mvc.perform(postJson("/api/v1/items", "{}").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
    }

    @Test
    void what_spring_mvc_refuses_itself_carries_the_platform_code_in_vietnamese_or_english() throws Exception {
        mvc.perform(get("/api/v1/nowhere").with(TestTokens.snvOfficer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("request.no-such-path"))
                .andExpect(jsonPath("$.title").value("Không tìm thấy"))
                .andExpect(jsonPath("$.detail").value("Không có gì ở địa chỉ /api/v1/nowhere."));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/items")
                        .with(TestTokens.snvOfficer()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", org.hamcrest.Matchers.containsString("POST")))
                .andExpect(jsonPath("$.type").value("https://tdkt.gov.vn/problems/request.method-not-allowed"))
                .andExpect(jsonPath("$.title").value("Phương thức không được nhận"))
                .andExpect(jsonPath("$.detail").value(startsWith(
                        "Địa chỉ này không nhận phương thức DELETE")));
        mvc.perform(post("/api/v1/items").with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_XML).content("<a/>"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("request.media-type-unsupported"))
                .andExpect(jsonPath("$.detail").value(startsWith(
                        "Không nhận nội dung dạng application/xml")));
        mvc.perform(get("/api/v1/days").with(TestTokens.snvOfficer()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.parameter-missing"))
                .andExpect(jsonPath("$.detail").value("Parameter on is missing."));
    }

    @Test
    void a_body_that_is_not_json_or_a_query_parameter_of_the_wrong_type_is_a_400_problem() throws Exception {
        int before = app.created.get();
        mvc.perform(post("/api/v1/paints").with(TestTokens.unitOfficer("SGDDT"))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"));
        mvc.perform(get("/api/v1/days").param("on", "tomorrow").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.field-type"))
                .andExpect(jsonPath("$.errors[0].field").value("on"));
        assertThat(app.created.get()).isEqualTo(before);
    }

    @Test
    void decomposed_input_text_arrives_nfc() throws Exception {
        String decomposed = "Sở Nội vụ";                       // "ở" and "ộ" as base letter + combining marks
        String composed = java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFC);
        assertThat(decomposed).isNotEqualTo(composed);

        mvc.perform(postJson("/api/v1/items", "{\"name\":\"" + decomposed + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(composed));
    }

    @Test
    void an_idempotency_key_replays_the_first_response_and_refuses_another_body() throws Exception {
        int before = app.created.get();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/items").with(TestTokens.unitOfficer("SYT")).header("Idempotency-Key", "k-1")
                            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Hồ sơ A\"}"))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.name").value("Hồ sơ A"));
        }
        assertThat(app.created.get()).as("created once").isEqualTo(before + 1);

        mvc.perform(post("/api/v1/items").with(TestTokens.unitOfficer("SYT")).header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Hồ sơ B\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("idempotency.key-reused"));
        // the same key from another caller is another request
        mvc.perform(post("/api/v1/items").with(TestTokens.unitOfficer("SGDDT")).header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Hồ sơ B\"}"))
                .andExpect(status().isCreated());
        assertThat(app.created.get()).isEqualTo(before + 2);
    }

    @Test
    void every_input_binding_gets_its_dead_letter_topic_by_convention() {
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.sample-in-0.consumer.dlq-name"))
                .isEqualTo("tdkt.sample.events.webkit-test.dlq");
        assertThat(environment.getProperty("spring.cloud.stream.bindings.sample-in-0.group", 
                environment.getProperty("spring.cloud.stream.default.group"))).isEqualTo("webkit-test");
    }
}
