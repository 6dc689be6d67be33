package vn.tdkt.nomination.council.application;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import vn.tdkt.nomination.council.domain.CouncilSession;
import vn.tdkt.nomination.council.domain.MemberRole;
import vn.tdkt.nomination.council.domain.Recusal;
import vn.tdkt.nomination.council.domain.SessionMember;
import vn.tdkt.nomination.council.domain.Tally;
import vn.tdkt.nomination.council.domain.WrittenVote;

/**
 * The text of a session's minutes (biên bản họp Hội đồng), in Vietnamese, laid out the same way as PDF and DOCX:
 * heading, composition and quorum (R-MEET-01), the secret ballot's tally per item on the total membership (R-VOTE-02),
 * recusals, absent members' written votes, conclusion and signatures.
 *
 * @param sections each a heading and its paragraphs; the tally table goes after {@link #tableAfterSection}
 */
public record Minutes(String issuer, String title, String subtitle, String placeAndTime, List<Section> sections,
        int tableAfterSection, List<String> tableHeader, List<List<String>> tableRows, List<String> conclusion,
        String secretary, String chair) {

    public record Section(String heading, List<String> paragraphs) {
    }

    static final List<String> HEADER = List.of("TT", "Người / tập thể được đề nghị", "Hình thức", "Đồng ý",
            "Không đồng ý", "Không biểu quyết", "Tỷ lệ đồng ý / tổng số thành viên", "Mức yêu cầu", "Kết quả");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");

    /** @param unitName the name of a unit by its code (the unit registry's read model), the code if unknown */
    static Minutes of(CouncilSession session, ZoneId zone, Function<String, String> unitName) {
        String council = session.councilName();
        List<SessionMember> members = session.members();
        List<String> present = session.present().orElse(List.of());
        SessionMember chair = members.stream().filter(m -> m.role() == MemberRole.CHU_TICH).findFirst()
                .orElse(members.stream().min(Comparator.comparing(SessionMember::role)).orElse(null));
        SessionMember secretary = members.stream().filter(m -> m.role() == MemberRole.THUONG_TRUC).findFirst()
                .orElse(null);

        List<Section> sections = new ArrayList<>();
        List<String> composition = new ArrayList<>();
        composition.add("Tổng số thành viên Hội đồng: " + members.size() + " người.");
        composition.add("Có mặt: " + present.size() + " người; vắng mặt: " + (members.size() - present.size())
                + " người.");
        composition.add("Thành viên có mặt: " + names(members, present, true) + ".");
        List<String> absent = members.stream().map(SessionMember::memberId).filter(m -> !present.contains(m))
                .toList();
        if (!absent.isEmpty()) {
            composition.add("Thành viên vắng mặt: " + names(members, absent, false) + ".");
        }
        if (chair != null) {
            composition.add("Chủ trì: " + title(chair) + ".");
        }
        if (session.quorum() != null) {
            composition.add("Túc số: cần ít nhất " + session.quorum().requiredPresent() + "/"
                    + session.quorum().totalMembers() + " thành viên có mặt (" + session.quorum().share()
                    + " tổng số thành viên); có mặt " + session.quorum().present()
                    + " thành viên, cuộc họp đủ điều kiện tiến hành (R-MEET-01). Phiếu bằng văn bản của thành viên "
                    + "vắng mặt được tính vào kết quả biểu quyết, không tính là có mặt.");
        }
        sections.add(new Section("I. THÀNH PHẦN", composition));

        List<String> content = new ArrayList<>();
        content.add("Hội đồng xem xét " + session.agenda().size() + " hồ sơ đã được thẩm định đủ điều kiện và biểu "
                + "quyết bằng phiếu kín. Tỷ lệ đồng ý được tính trên tổng số thành viên Hội đồng, kể cả thành viên "
                + "vắng mặt và thành viên không tham gia biểu quyết (R-VOTE-01/02; Nghị định 98/2023/NĐ-CP, Điều 30 "
                + "khoản 7).");
        sections.add(new Section("II. NỘI DUNG", content));

        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Tally t : session.tallies()) {
            rows.add(List.of(Integer.toString(n++), t.subjectName() + " (" + unitName.apply(
                            session.item(t.dossierId()).unitCode()) + ")", t.awardName(),
                    Integer.toString(t.approvals()), Integer.toString(t.rejections()),
                    Integer.toString(t.abstentions()),
                    t.approvals() + "/" + t.totalMembers() + " (" + t.approvalPercent().toPlainString()
                            .replace('.', ',') + "%)",
                    t.thresholdPercent() + "%", t.passed() ? "Đạt" : "Không đạt"));
        }

        List<String> notes = new ArrayList<>();
        for (Tally t : session.tallies()) {
            String line = "Hồ sơ của " + t.subjectName() + ": " + t.inPerson() + " phiếu kín tại cuộc họp, " + t.written()
                    + " phiếu bằng văn bản; " + t.notVoted() + " thành viên không có phiếu.";
            if (t.missingBallots() > 0) {
                line += " Lưu ý: " + t.missingBallots() + " thành viên đã được ghi nhận bỏ phiếu nhưng không có phiếu "
                        + "trong hòm phiếu.";
            }
            notes.add(line);
        }
        for (Recusal r : session.recusals()) {
            notes.add(title(member(members, r.memberId())) + " không tham gia biểu quyết hồ sơ của "
                    + session.item(r.dossierId()).subjectName() + ": " + r.reason().label()
                    + (r.detail() == null ? "" : " (" + r.detail() + ")") + ".");
        }
        for (WrittenVote vote : session.writtenVotes()) {
            notes.add("Phiếu biểu quyết bằng văn bản của " + title(member(members, vote.memberId()))
                    + " (vắng mặt), đính kèm tệp " + vote.document().fileName() + ", SHA-256 "
                    + vote.document().sha256() + ".");
        }
        sections.add(new Section("III. KẾT QUẢ BIỂU QUYẾT", notes));

        List<String> conclusion = new ArrayList<>();
        List<Tally> passed = session.tallies().stream().filter(Tally::passed).toList();
        conclusion.add(passed.isEmpty() ? "Không có hồ sơ nào đạt tỷ lệ đồng ý theo quy định."
                : "Các hồ sơ đạt tỷ lệ đồng ý theo quy định, đề nghị cấp có thẩm quyền xem xét, quyết định khen thưởng: "
                        + String.join("; ", passed.stream().map(t -> t.subjectName() + " – " + t.awardName())
                                .toList()) + ".");
        if (session.closedAt() != null) {
            conclusion.add("Biên bản kết thúc lúc " + TIME.format(session.closedAt().atZone(zone))
                    + ", đã được thông qua tại cuộc họp.");
        }

        return new Minutes(council.toUpperCase(java.util.Locale.forLanguageTag("vi")), "BIÊN BẢN",
                "Họp " + council + " xét khen thưởng",
                "Thời gian: " + TIME.format(session.startsAt().atZone(zone)) + ". Địa điểm: "
                        + (session.location() == null ? "—" : session.location()) + ".",
                sections, 2, HEADER, rows, conclusion, secretary == null ? "" : secretary.name(),
                chair == null ? "" : chair.name());
    }

    private static String names(List<SessionMember> members, List<String> ids, boolean withRole) {
        List<String> names = members.stream().filter(m -> ids.contains(m.memberId()))
                .map(m -> withRole ? m.name() + " (" + m.role().label() + ")" : m.name()).toList();
        return names.isEmpty() ? "không có" : String.join(", ", names);
    }

    private static SessionMember member(List<SessionMember> members, String memberId) {
        return members.stream().filter(m -> m.memberId().equals(memberId)).findFirst()
                .orElse(new SessionMember(memberId, memberId, MemberRole.UY_VIEN, null, null));
    }

    private static String title(SessionMember member) {
        return member.name() + " – " + member.role().label();
    }
}
