package vn.tdkt.nomination.council.domain;

/** A member invited to a session, as the council listed them on the session's day. */
public record SessionMember(String memberId, String name, MemberRole role, String unitCode, String email) {

    public static SessionMember of(CouncilMember member) {
        return new SessionMember(member.memberId(), member.name(), member.role(), member.unitCode(),
                member.email());
    }
}
