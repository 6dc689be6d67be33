package vn.tdkt.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.messaging.Message;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * A caller without an endpoint's role is refused 403 before its body and parameters are read, whatever it sent;
 * a guard that reads an argument is still decided by method security, with the argument; and the OpenAPI document
 * lists the roles each role-only guard admits.
 */
@SpringBootTest(classes = {RolesBeforeBindingTest.TestApp.class, RolesBeforeBindingTest.AdminController.class}, properties = {
        "spring.application.name=roles-test",
        "spring.cloud.function.definition=sample",
        "spring.cloud.stream.bindings.sample-in-0.destination=tdkt.sample.events",
        "tdkt.outbox.enabled=false"})
@AutoConfigureMockMvc
@Import(TestChannelBinderConfiguration.class)
class RolesBeforeBindingTest {

    @Autowired
    MockMvc mvc;

    @SpringBootApplication
    @RestController
    static class TestApp {
        // static: method security proxies this controller, and a proxy's own fields are not the target's
        static final AtomicInteger HANDLED = new AtomicInteger();

        record Item(@NotBlank String name) {
        }

        /** Registers an item: Sở Nội vụ only. */
        @PostMapping("/api/v1/items")
        @PreAuthorize("hasRole('SNV_OFFICER')")
        Item register(@Valid @RequestBody Item item) {
            HANDLED.incrementAndGet();
            return item;
        }

        /** Reads a code: the guard reads the argument, so only method security can decide it. */
        @GetMapping("/api/v1/codes/{code}")
        @PreAuthorize("#code.startsWith('S')")
        String code(@PathVariable String code) {
            HANDLED.incrementAndGet();
            return code;
        }

        /** Reads the directory: any valid token, with or without a role. */
        @GetMapping("/api/v1/directory")
        @PreAuthorize(Roles.ANY_TOKEN)
        String directory() {
            return "danh bạ";
        }

        @Bean
        Consumer<Message<byte[]>> sample() {
            return message -> { };
        }
    }

    /** Every endpoint of this controller is for administrators: the guard is on the class. */
    @RestController
    @PreAuthorize("hasRole('ADMIN')")
    static class AdminController {

        /** Counts the days up to a date. */
        @GetMapping("/api/v1/days")
        long days(@RequestParam LocalDate until) {
            return until.toEpochDay();
        }
    }

    @Test
    void a_caller_without_the_role_is_refused_before_its_body_is_read() throws Exception {
        int before = TestApp.HANDLED.get();
        for (String body : new String[] {"{\"name\":", "{\"name\":\"\"}", "[]", "{\"name\":\"Bằng khen\"}"}) {
            mvc.perform(items(body).with(TestTokens.unitOfficer("SGDDT")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("security.forbidden"))
                    .andExpect(jsonPath("$.detail").value(startsWith("Bạn không có quyền")));
        }
        mvc.perform(items("{\"name\":").with(TestTokens.snvOfficer()))
                .andExpect(status().isBadRequest());
        assertThat(TestApp.HANDLED.get()).isEqualTo(before);

        mvc.perform(items("{\"name\":\"Bằng khen\"}").with(TestTokens.snvOfficer()))
                .andExpect(status().isOk());
        assertThat(TestApp.HANDLED.get()).isEqualTo(before + 1);
    }

    @Test
    void a_guard_on_the_controller_is_decided_before_the_parameters_are_read() throws Exception {
        mvc.perform(get("/api/v1/days").param("until", "not-a-date").with(TestTokens.snvOfficer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/days").param("until", "not-a-date").with(TestTokens.admin()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/days").param("until", "1970-01-11").with(TestTokens.admin()))
                .andExpect(status().isOk());
    }

    @Test
    void a_guard_that_reads_an_argument_is_left_to_method_security() throws Exception {
        mvc.perform(get("/api/v1/codes/SX").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/codes/XX").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_endpoint_for_any_token_admits_one_without_a_role_and_documents_no_403() throws Exception {
        mvc.perform(get("/api/v1/directory").with(TestTokens.noRole("SGDDT")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/directory"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/directory'].get['x-roles']",
                        contains("UNIT_OFFICER", "SNV_OFFICER", "COUNCIL_MEMBER", "LEADER", "ADMIN")))
                .andExpect(jsonPath("$.paths['/api/v1/directory'].get.responses['403']").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/items'].post.responses['403']").exists());
    }

    @Test
    void the_api_document_lists_the_roles_each_role_only_guard_admits() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/items'].post['x-roles']", contains("SNV_OFFICER")))
                .andExpect(jsonPath("$.paths['/api/v1/items'].post.responses['403'].description")
                        .value(startsWith("Chỉ các vai trò sau được gọi: Chuyên viên Sở Nội vụ")))
                .andExpect(jsonPath("$.paths['/api/v1/days'].get['x-roles']", contains("ADMIN")))
                .andExpect(jsonPath("$.paths['/api/v1/codes/{code}'].get['x-roles']").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/codes/{code}'].get.responses['403'].description")
                        .value("Vai trò của người gọi không được phép"));
    }

    private static MockHttpServletRequestBuilder items(String body) {
        return post("/api/v1/items").contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
