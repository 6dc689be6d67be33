package vn.tdkt.notification.template.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.notification.template.application.TemplateService;
import vn.tdkt.notification.template.domain.MessageTemplate;
import vn.tdkt.notification.template.domain.Rendered;
import vn.tdkt.notification.template.domain.TemplateSource;
import vn.tdkt.notification.template.domain.TemplateVersion;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Notice templates: read and preview (SNV, ADMIN), edit (ADMIN; If-Match; every edit is a new revision). */
@Tag(name = "Mẫu thông báo (templates)", description = "Mẫu nội dung thông báo (Mustache) cho từng loại thông báo và "
        + "ngôn ngữ; mỗi lần sửa là một phiên bản mới, được kiểm tra bằng sự kiện mẫu trước khi lưu. — The notice "
        + "templates (Mustache) per kind and language; every edit is a new revision, checked on the kind's sample "
        + "event before it is saved.")
@RestController
@PreAuthorize(Roles.SNV_OR_ADMIN)
@RequestMapping("/api/v1/templates")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TemplateController {

    private final TemplateService templates;

    /**
     * Lists the notice templates.
     * <p>SNV_OFFICER and ADMIN. One template per notice kind and language ({@code TASK_DUE.vi}, {@code TASK_DUE.en}…),
     * with its current revision and whether it is the release's seed or an administrator's edit.
     *
     * @return the templates
     */
    @GetMapping
    List<TemplateView> list(TdktPrincipal caller) {
        return templates.list(caller).stream().map(versioned -> TemplateView.of(versioned.value())).toList();
    }

    /**
     * Reads one template.
     * <p>SNV_OFFICER and ADMIN. The {@code ETag} carries the revision for {@code If-Match}.
     *
     * @param id the template id, {@code KIND.lang}, e.g. {@code TASK_DUE.vi}
     * @return the template's subject and body
     */
    @GetMapping("/{id}")
    ResponseEntity<TemplateView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(templates.get(caller, id), TemplateView::of);
    }

    /**
     * Lists every revision of a template.
     * <p>SNV_OFFICER and ADMIN. Oldest first, with who changed it and when.
     *
     * @param id the template id
     * @return the revisions
     */
    @GetMapping("/{id}/versions")
    List<TemplateVersion> versions(TdktPrincipal caller, @PathVariable String id) {
        return templates.versions(caller, id);
    }

    /**
     * Saves a new revision of a template.
     * <p>ADMIN only, with {@code If-Match}. The subject and body are Mustache; the revision is rendered on the kind's
     * sample event (the contract's golden fixture) before it is saved, and one that does not render answers 400
     * ({@code template.invalid}, {@code template.subject-invalid}, {@code template.body-invalid}). A template that
     * still fails on a real event falls back to the release's seed.
     *
     * @param id the template id
     * @return the template at its new revision
     */
    @PreAuthorize(Roles.ADMIN)
    @PutMapping("/{id}")
    ResponseEntity<TemplateView> edit(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch,
            @RequestBody TemplateRequest request) {
        return ETags.ok(templates.edit(caller, id, ifMatch, request.subject(), request.body()), TemplateView::of);
    }

    /**
     * Renders a template, or a draft of it, on the kind's sample event.
     * <p>SNV_OFFICER and ADMIN; nothing is saved. Without a body, the current revision is rendered; with one, the
     * draft.
     *
     * @param id the template id
     * @return the rendered subject and body
     */
    @PostMapping("/{id}/preview")
    Rendered preview(TdktPrincipal caller, @PathVariable String id,
            @RequestBody(required = false) TemplateRequest draft) {
        return templates.preview(caller, id, draft == null ? null : draft.subject(),
                draft == null ? null : draft.body());
    }

    /**
     * A template's text, in Mustache.
     *
     * @param subject the e-mail subject and inbox title
     * @param body    the text
     */
    record TemplateRequest(
            @Schema(example = "[TĐKT] Nhiệm vụ sắp đến hạn {{dueDate}} (còn {{daysLeft}} ngày)") String subject,
            @Schema(example = "Kính gửi: {{unitName}}.\n\nNhiệm vụ «{{content}}» đến hạn ngày {{dueDate}}.")
            String body) {
    }

    record TemplateView(String id, NoticeKind kind, String kindLabel, String language, String subject, String body,
            int revision, TemplateSource source, String sourceLabel, Instant updatedAt, String updatedBy) {

        static TemplateView of(MessageTemplate template) {
            return new TemplateView(template.id(), template.kind(), template.kind().label(),
                    template.language().tag(), template.subject(), template.body(), template.revision(),
                    template.source(), template.source().label(), template.updatedAt(), template.updatedBy());
        }
    }
}
