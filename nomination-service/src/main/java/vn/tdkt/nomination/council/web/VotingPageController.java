package vn.tdkt.nomination.council.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The members' voting page (trang bỏ phiếu) is static ({@code static/bo-phieu/}); this serves it at {@code /bo-phieu}
 * and {@code /bo-phieu/}, and tells it where a member may ask for a token with client credentials (the local
 * authorization server's token endpoint; blank where the province's identity provider issues the links instead, and
 * the page then offers no such form). The page needs no token to load; every API call it makes sends the member's.
 */
@Controller
@Hidden
public class VotingPageController {

    private final String tokenEndpoint;

    public VotingPageController(@Value("${tdkt.nomination.voting-page.token-endpoint:}") String tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint == null ? "" : tokenEndpoint.strip();
    }

    @GetMapping({"/bo-phieu", "/bo-phieu/"})
    public String page() {
        return "forward:/bo-phieu/index.html";
    }

    @GetMapping("/bo-phieu/cau-hinh.json")
    @ResponseBody
    public Map<String, String> configuration() {
        return Map.of("tokenEndpoint", tokenEndpoint);
    }
}
