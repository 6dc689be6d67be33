package vn.tdkt.notification.directory.web;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.notification.directory.application.Directory;
import vn.tdkt.notification.directory.domain.UnitContact;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;

/** The recipients directory, read only: it follows plan-service's unit registry (change a unit there). */
@RestController
@RequestMapping("/api/v1/recipients")
class RecipientController {

    private final Directory directory;
    private final PagingProperties paging;

    RecipientController(Directory directory, PagingProperties paging) {
        this.directory = directory;
        this.paging = paging;
    }

    @GetMapping
    PageResponse<RecipientView> list(TdktPrincipal caller, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return directory.list(caller, paging.query(page, size)).map(RecipientView::of);
    }

    @GetMapping("/{unit}")
    RecipientView get(TdktPrincipal caller, @PathVariable String unit) {
        return RecipientView.of(directory.get(caller, unit));
    }

    record RecipientView(String unitCode, String name, String kind, String parentCode, String email,
            String headName, String headTitle, String headEmail, String webhookUrl, LocalDate activeTo,
            String successorCode) {

        static RecipientView of(UnitContact contact) {
            return new RecipientView(contact.code(), contact.name(), contact.kind(), contact.parentCode(),
                    contact.email(), contact.headName(), contact.headTitle(), contact.headEmail(),
                    contact.webhookUrl(), contact.activeTo(), contact.successorCode());
        }
    }
}
