package vn.tdkt.nomination.council.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.nomination.access.Roles;
import vn.tdkt.nomination.council.application.CouncilService;
import vn.tdkt.nomination.council.domain.Council;
import vn.tdkt.nomination.council.domain.CouncilLevel;
import vn.tdkt.nomination.council.domain.CouncilMember;
import vn.tdkt.nomination.council.domain.DeclaredRelationship;
import vn.tdkt.nomination.council.domain.MemberRole;
import vn.tdkt.nomination.council.domain.Term;
import vn.tdkt.nomination.council.web.CouncilViews.CouncilView;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;

@RestController
@RequestMapping(CouncilController.BASE)
@Tag(name = "Hội đồng TĐKT", description = "Emulation and commendation councils and their members")
public class CouncilController {

    static final String BASE = "/api/v1/councils";
    /** Any role; what each may see is decided by the service (members: their own councils). */
    static final String ANY_ROLE = Roles.ANY;
    static final String MANAGERS = "hasAnyRole('UNIT_OFFICER','SNV_OFFICER','ADMIN')";

    private final CouncilService councils;

    public CouncilController(CouncilService councils) {
        this.councils = councils;
    }

    public record RelationshipRequest(@Size(max = 64) String dossierId, @Size(max = 200) String personName,
            @Pattern(regexp = "\\d{12}") String personNationalId, LocalDate personBirthDate,
            @NotBlank @Size(max = 200) String nature) {

        DeclaredRelationship toDomain() {
            return new DeclaredRelationship(dossierId, personName, personNationalId, personBirthDate, nature);
        }
    }

    /**
     * @param memberId the subject ({@code sub}) of the member's sign-in token
     */
    public record MemberRequest(@NotBlank @Size(max = 128) String memberId, @NotBlank @Size(max = 200) String name,
            @NotNull MemberRole role, @Size(max = 32) String unitCode, @Size(max = 200) String email,
            @Pattern(regexp = "\\d{12}") String nationalId, LocalDate birthDate,
            @Valid @Size(max = 50) List<RelationshipRequest> relationships, @NotNull LocalDate termFrom,
            LocalDate termTo) {

        CouncilMember toDomain() {
            return new CouncilMember(memberId, name, role, unitCode, email, nationalId, birthDate,
                    relationships == null ? List.of()
                            : relationships.stream().map(RelationshipRequest::toDomain).toList(),
                    new Term(termFrom, termTo));
        }
    }

    public record CouncilRequest(@NotBlank @Size(max = 300) String name, @NotNull CouncilLevel level,
            @Size(max = 32) String unitCode, LocalDate establishedOn,
            @NotEmpty @Size(max = 200) List<@Valid MemberRequest> members) {
    }

    public record CouncilRevision(@NotBlank @Size(max = 300) String name,
            @NotEmpty @Size(max = 200) List<@Valid MemberRequest> members) {
    }

    @PostMapping
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Establish a council: the province's (Sở Nội vụ, administrators) or a unit's own (its officers)")
    public ResponseEntity<CouncilView> establish(@Parameter(hidden = true) TdktPrincipal caller,
            @Valid @RequestBody CouncilRequest request) {
        Versioned<Council> council = councils.establish(caller, request.name(), request.level(), request.unitCode(),
                request.establishedOn(), request.members().stream().map(MemberRequest::toDomain).toList());
        return ETags.created(URI.create(BASE + "/" + council.value().id()), council, CouncilView::of);
    }

    @GetMapping
    @PreAuthorize(ANY_ROLE)
    @Operation(summary = "The councils the caller may read (members: those they sit on; unit officers: their unit's)")
    public List<CouncilView> list(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestParam(required = false) CouncilLevel level, @RequestParam(required = false) String unit) {
        return councils.list(caller, level, unit).stream().map(v -> CouncilView.of(v.value())).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(ANY_ROLE)
    @Operation(summary = "A council with its members, roles, terms and declared relationships")
    public ResponseEntity<CouncilView> get(@Parameter(hidden = true) TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(councils.get(caller, id), CouncilView::of);
    }

    @PutMapping("/{id}")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Change a council's name and members (If-Match)")
    public ResponseEntity<CouncilView> revise(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @Valid @RequestBody CouncilRevision request) {
        return ETags.ok(councils.revise(caller, id, ifMatch, request.name(),
                request.members().stream().map(MemberRequest::toDomain).toList()), CouncilView::of);
    }
}
