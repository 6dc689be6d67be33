package vn.tdkt.notification.directory.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.notification.directory.application.Directory;
import vn.tdkt.notification.directory.domain.UnitContact;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The recipients directory, read only: it follows plan-service's unit registry (change a unit there). */
@Tag(name = "Danh bạ người nhận (recipients)", description = "Địa chỉ nhận thông báo của từng đơn vị (hộp thư chung, "
        + "thủ trưởng, đơn vị cấp trên, webhook), chỉ đọc: theo sát danh bạ đơn vị của plan-service. — Where each "
        + "unit's notices go (desk, head, parent, webhook), read only: it follows plan-service's unit registry.")
@RestController
@RequestMapping("/api/v1/recipients")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RecipientController {

    private final Directory directory;

    /**
     * Lists the recipients directory.
     * <p>SNV_OFFICER and ADMIN. One entry per unit, as plan-service's registry last said ({@code unit-registered},
     * {@code unit-changed}): desk e-mail, head and head's e-mail, parent unit, webhook URL, successor. Change a unit in
     * plan-service, not here.
     *
     * @param page the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of recipients with the total count
     */
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    @GetMapping
    PageResponse<RecipientView> list(TdktPrincipal caller, PageQuery page) {
        return directory.list(caller, page).map(RecipientView::of);
    }

    /**
     * Reads one unit's recipient entry.
     * <p>The unit's own officers, SNV_OFFICER and ADMIN; another unit answers 404.
     *
     * @param unit the unit code
     * @return where the unit's notices go
     */
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
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
