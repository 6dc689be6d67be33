package vn.tdkt.notification.template.web;

import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
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
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;

/** Notice templates: read and preview (SNV, ADMIN), edit (ADMIN; If-Match; every edit is a new revision). */
@RestController
@RequestMapping("/api/v1/templates")
class TemplateController {

    private final TemplateService templates;

    TemplateController(TemplateService templates) {
        this.templates = templates;
    }

    @GetMapping
    List<TemplateView> list(TdktPrincipal caller) {
        return templates.list(caller).stream().map(versioned -> TemplateView.of(versioned.value())).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<TemplateView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(templates.get(caller, id), TemplateView::of);
    }

    @GetMapping("/{id}/versions")
    List<TemplateVersion> versions(TdktPrincipal caller, @PathVariable String id) {
        return templates.versions(caller, id);
    }

    @PutMapping("/{id}")
    ResponseEntity<TemplateView> edit(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch,
            @RequestBody TemplateRequest request) {
        return ETags.ok(templates.edit(caller, id, ifMatch, request.subject(), request.body()), TemplateView::of);
    }

    @PostMapping("/{id}/preview")
    Rendered preview(TdktPrincipal caller, @PathVariable String id,
            @RequestBody(required = false) TemplateRequest draft) {
        return templates.preview(caller, id, draft == null ? null : draft.subject(),
                draft == null ? null : draft.body());
    }

    record TemplateRequest(String subject, String body) {
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
