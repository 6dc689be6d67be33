package vn.tdkt.nomination.council.web;

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
import vn.tdkt.nomination.council.application.CouncilService;
import vn.tdkt.nomination.council.domain.Council;
import vn.tdkt.nomination.council.domain.CouncilLevel;
import vn.tdkt.nomination.council.domain.CouncilMember;
import vn.tdkt.nomination.council.domain.DeclaredRelationship;
import vn.tdkt.nomination.council.domain.MemberRole;
import vn.tdkt.nomination.council.domain.Term;
import vn.tdkt.nomination.council.web.CouncilViews.CouncilView;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping(CouncilController.BASE)
@Tag(name = "Hội đồng TĐKT", description = "Emulation and commendation councils and their members")
@RequiredArgsConstructor
public class CouncilController {

    static final String BASE = "/api/v1/councils";
    /** Any role; what each may see is decided by the service (members: their own councils). */

    private final CouncilService councils;

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

    /**
     * Establish a council: the province's (Sở Nội vụ, administrators) or a unit's own (its officers).
     * <p>With {@code level} PROVINCE it is the provincial council, convened by Sở Nội vụ as its standing body (its unit
     * is {@code SNV}, {@code unitCode} is ignored): SNV_OFFICER and ADMIN only. With {@code level} UNIT it is a unit's
     * own council: a UNIT_OFFICER establishes it for their own unit ({@code unitCode} left out, or their own),
     * SNV_OFFICER and ADMIN for the unit named by {@code unitCode}; any other case answers 403
     * {@code security.forbidden}.
     * <p>Each member has a sign-in id (the {@code sub} of their token, by which they later read their sessions and
     * vote), a name, a role, a term and the relationships they declare (dossiers or persons they must not judge). Bad
     * members answer 400: {@code council.members-required}, {@code council.member.duplicate},
     * {@code council.member.two-chairs} (two chairs whose terms overlap), {@code council.member.term-invalid},
     * {@code council.member.national-id-invalid}, {@code council.member.email-invalid},
     * {@code council.member.relationship-incomplete}. {@code establishedOn} defaults to today. Publishes no event.
     *
     * @return 201 with the council, its {@code Location} and {@code ETag}
     */
    @PostMapping
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
    public ResponseEntity<CouncilView> establish(TdktPrincipal caller,
            @Valid @RequestBody CouncilRequest request) {
        Versioned<Council> council = councils.establish(caller, request.name(), request.level(), request.unitCode(),
                request.establishedOn(), request.members().stream().map(MemberRequest::toDomain).toList());
        return ETags.created(URI.create(BASE + "/" + council.value().id()), council, CouncilView::of);
    }

    /**
     * The councils the caller may read (members: those they sit on; unit officers: their unit's).
     * <p>SNV_OFFICER, LEADER and ADMIN see every council; a UNIT_OFFICER their own unit's council; a COUNCIL_MEMBER the
     * councils they sit on (their token subject is a member id). Councils the caller may not read are left out, not
     * refused. The filters combine.
     *
     * @param level only councils of this level ({@code PROVINCE} or {@code UNIT})
     * @param unit only this unit's councils (the provincial council's unit is {@code SNV})
     * @return the councils with their members, roles and terms
     */
    @GetMapping
    @PreAuthorize(Roles.ANY)
    public List<CouncilView> list(TdktPrincipal caller,
            @RequestParam(required = false) CouncilLevel level, @RequestParam(required = false) String unit) {
        return councils.list(caller, level, unit).stream().map(v -> CouncilView.of(v.value())).toList();
    }

    /**
     * A council with its members, roles, terms and declared relationships.
     * <p>Readable by SNV_OFFICER, LEADER and ADMIN, by a UNIT_OFFICER for their own unit's council and by the council's
     * members; any other council answers 404 {@code council.not-found}, exactly as a missing one. The {@code ETag}
     * header carries the version to send as {@code If-Match} with a revision.
     *
     * @param id the council id
     * @return the council
     */
    @GetMapping("/{id}")
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<CouncilView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(councils.get(caller, id), CouncilView::of);
    }

    /**
     * Change a council's name and members (If-Match).
     * <p>SNV_OFFICER and ADMIN for any council, a UNIT_OFFICER for their own unit's council; a council the caller
     * cannot read answers 404 {@code council.not-found}, one they may read but not manage (a UNIT_OFFICER and the
     * provincial council) 403 {@code security.forbidden}. The body replaces the name and the whole member list, checked
     * as when the council was established (400 {@code council.member.*}, {@code council.members-required}). Sessions
     * already scheduled keep the members they invited. Send the {@code ETag} you read as {@code If-Match}: a stale one
     * answers 412 and changes nothing. Publishes no event.
     *
     * @param id the council id
     * @return the revised council with its new {@code ETag}
     */
    @PutMapping("/{id}")
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
    public ResponseEntity<CouncilView> revise(TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @Valid @RequestBody CouncilRevision request) {
        return ETags.ok(councils.revise(caller, id, ifMatch, request.name(),
                request.members().stream().map(MemberRequest::toDomain).toList()), CouncilView::of);
    }
}
