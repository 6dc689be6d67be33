package vn.tdkt.nomination.notice.web;

import com.samskivert.mustache.Template;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.notice.application.NoticeProperties;
import vn.tdkt.nomination.notice.application.NoticeService;
import vn.tdkt.nomination.notice.domain.Comment;
import vn.tdkt.nomination.notice.domain.Notice;
import vn.tdkt.nomination.notice.domain.NoticeStatus;
import vn.tdkt.nomination.pages.HtmlPages;
import vn.tdkt.nomination.vocabulary.domain.VietnameseDates;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.web.problem.Problems;

/**
 * The public side of a notice (no token, rate-limited by {@code tdkt.nomination.rate-limits}): the Vietnamese page of a
 * notice with its comment form at {@code /cong-khai/{id}}, the list of notices open today at {@code /cong-khai}, and
 * the comment itself, {@code POST /cong-khai/{id}/y-kien}, as a plain HTML form (works without JavaScript: the page
 * is shown again with the outcome) or as JSON ({@code {text, name, contact}} → 201, or a problem).
 */
@RestController
@Tag(name = "Công khai lấy ý kiến (trang công khai)", description = "Public pages of notices and the comment form; no token")
public class PublicNoticePage {

    private final NoticeService notices;
    private final NoticeProperties properties;
    private final Problems problems;
    private final Clock clock;
    private final Template notice;
    private final Template index;

    public PublicNoticePage(NoticeService notices, NoticeProperties properties, Problems problems, Clock clock) {
        this.notices = notices;
        this.properties = properties;
        this.problems = problems;
        this.clock = clock;
        this.notice = HtmlPages.template("/templates/cong-khai/notice.mustache");
        this.index = HtmlPages.template("/templates/cong-khai/index.mustache");
    }

    public record CommentRequest(String text, String name, String contact) {
    }

    public record CommentReceipt(String id, String noticeId, LocalDate receivedOn, String message) {
    }

    /**
     * Public page: the nominees open for comment today.
     * <p>No token; rate-limited per client address ({@code tdkt.nomination.rate-limits}, {@code public-pages}: 429
     * above the limit). A Vietnamese HTML page listing the notices whose comment window includes today, each with the
     * nominee, award, unit, last day and a link to its page.
     *
     * @return the HTML page
     */
    @GetMapping(path = "/cong-khai", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> index() {
        List<Map<String, Object>> open = notices.openToday().stream().map(n -> {
            Map<String, Object> item = new HashMap<>();
            item.put("id", n.id());
            item.put("subjectName", n.nominee().subjectName());
            item.put("awardName", n.nominee().awardName());
            item.put("unitName", n.nominee().unitName());
            item.put("closesOn", VietnameseDates.DAY.format(n.window().closesOn()));
            return item;
        }).toList();
        return ResponseEntity.ok().contentType(HtmlPages.HTML).body(index.execute(Map.of("notices", open)));
    }

    /**
     * Public page of a notice: the nominee, unit, award, achievement, window and the comment form.
     * <p>No token; rate-limited per client address ({@code public-pages}, 429). A Vietnamese HTML page of an open or
     * closed notice: nominee, unit, award, achievement summary, the window, and the comment form while the window is
     * open (a notice not opened yet or closed says so). An unknown notice answers 404 {@code notice.not-found}.
     *
     * @param id the notice id
     * @param sent set by the redirect after the form was sent, to show that the comment was received
     * @return the HTML page
     */
    @GetMapping(path = "/cong-khai/{id}", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page(@PathVariable String id,
            @RequestParam(name = "da-gui", required = false) String sent) {
        return html(HttpStatus.OK, notices.published(id), sent != null, null, null, null, null);
    }

    @PostMapping(path = "/cong-khai/{id}/y-kien", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    @Hidden
    public ResponseEntity<String> commentFromForm(@PathVariable String id,
            @RequestParam(name = "noi-dung", required = false) String text,
            @RequestParam(name = "ho-ten", required = false) String name,
            @RequestParam(name = "lien-he", required = false) String contact) {
        Notice published = notices.published(id);
        try {
            notices.comment(id, text, name, contact);
        } catch (DomainException refused) {
            HttpStatus status = refused.kind() == DomainException.Kind.CONFLICT ? HttpStatus.CONFLICT
                    : HttpStatus.BAD_REQUEST;
            return html(status, published, false, problems.message(refused.code(), refused.args().toArray()), text,
                    name, contact);
        }
        // post/redirect/get: a reload does not send the comment again
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/cong-khai/" + id + "?da-gui=1#y-kien")).build();
    }

    /**
     * A citizen's comment (no token; the text is required, name and contact optional; limited per client address, 429
     * above the limit).
     * <p>No token; at most {@code limit} comments per client address and window ({@code tdkt.nomination.rate-limits},
     * {@code notice-comment}: 5 an hour), 429 with {@code Retry-After} above it. The notice must exist (404
     * {@code notice.not-found}) and its window include today (409 {@code notice.not-accepting-comments}). The text is
     * required (400 {@code notice.comment.text-required}); text, name and contact have maximum lengths
     * ({@code tdkt.nomination.notice.*-max-length}; 400 {@code notice.comment.*-too-long}) and no control characters
     * (400 {@code notice.comment.*-invalid}). The comment waits for Sở Nội vụ to resolve or hide it; it publishes no
     * event. The page's HTML form posts the same fields ({@code noi-dung}, {@code ho-ten}, {@code lien-he}) as
     * {@code application/x-www-form-urlencoded} and is answered with a redirect to the page (303), or the page again
     * with the reason.
     *
     * @param id the notice id
     * @return 201 with the comment's id, the day it was received and a confirmation in the caller's language
     */
    @PostMapping(path = "/cong-khai/{id}/y-kien", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CommentReceipt> comment(@PathVariable String id, @RequestBody CommentRequest request) {
        Versioned<Comment> comment = notices.comment(id, request.text(), request.name(), request.contact());
        return ResponseEntity.status(HttpStatus.CREATED).body(new CommentReceipt(comment.value().id(), id,
                comment.value().receivedOn(), problems.message("notice.comment.received")));
    }

    private ResponseEntity<String> html(HttpStatus status, Notice n, boolean sent, String error, String text,
            String name, String contact) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> model = new HashMap<>();
        model.put("id", n.id());
        model.put("status", n.status().name());
        model.put("subjectLabel", switch (n.nominee().subjectType()) {
            case INDIVIDUAL -> "Họ và tên";
            case COLLECTIVE -> "Tên tập thể";
            case HOUSEHOLD -> "Chủ hộ";
        });
        model.put("subjectName", n.nominee().subjectName());
        model.put("position", n.nominee().subjectType() == SubjectType.INDIVIDUAL ? n.nominee().position() : null);
        model.put("unitName", n.nominee().unitName());
        model.put("awardName", n.nominee().awardName());
        model.put("achievementSummary", n.nominee().achievementSummary());
        model.put("opensOn", VietnameseDates.DAY.format(n.window().opensOn()));
        model.put("closesOn", VietnameseDates.DAY.format(n.window().closesOn()));
        model.put("workingDays", n.window().workingDays());
        model.put("closed", n.status() == NoticeStatus.CLOSED || today.isAfter(n.window().closesOn()));
        model.put("notYetOpen", today.isBefore(n.window().opensOn()));
        model.put("accepting", n.acceptsCommentsOn(today));
        model.put("sent", sent);
        model.put("error", error);
        model.put("text", text);
        model.put("name", name);
        model.put("contact", contact);
        model.put("textMax", properties.commentMaxLength());
        model.put("nameMax", properties.nameMaxLength());
        model.put("contactMax", properties.contactMaxLength());
        return ResponseEntity.status(status).contentType(HtmlPages.HTML).body(notice.execute(model));
    }
}
