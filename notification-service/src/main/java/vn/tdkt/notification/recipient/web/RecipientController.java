package vn.tdkt.notification.recipient.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.notification.recipient.application.RecipientDirectory;
import vn.tdkt.notification.recipient.domain.Recipient;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;

@RestController
@RequestMapping("/api/v1/recipients")
class RecipientController {

    private final RecipientDirectory directory;

    RecipientController(RecipientDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/{unit}")
    ResponseEntity<RecipientView> get(TdktPrincipal caller, @PathVariable String unit) {
        Recipient recipient = directory.get(caller, unit);
        return ResponseEntity.ok().eTag(ETags.of(recipient.version())).body(RecipientView.of(recipient));
    }

    @PutMapping("/{unit}")
    @PreAuthorize("hasAnyRole('SNV_OFFICER', 'ADMIN')")
    ResponseEntity<RecipientView> put(TdktPrincipal caller, @PathVariable String unit,
            @Valid @RequestBody RecipientRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Recipient saved = directory.put(caller, unit, request.email(), request.headEmail(),
                version -> IfMatch.of(ifMatch).check(version));
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(RecipientView.of(saved));
    }

    record RecipientRequest(@NotBlank @Email @Size(max = 254) String email,
            @Email @Size(max = 254) String headEmail) {
    }

    record RecipientView(String unitCode, String email, String headEmail, Long version) {
        static RecipientView of(Recipient recipient) {
            return new RecipientView(recipient.unitCode(), recipient.email(), recipient.headEmail(),
                    recipient.version());
        }
    }
}
