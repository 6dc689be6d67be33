package vn.tdkt.nomination.council.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The members' voting page (trang bỏ phiếu) is static ({@code static/bo-phieu/}); this serves it at {@code /bo-phieu}
 * and {@code /bo-phieu/}. The page needs no token to load; every API call it makes sends the member's token.
 */
@Controller
public class VotingPageController {

    @GetMapping({"/bo-phieu", "/bo-phieu/"})
    public String page() {
        return "forward:/bo-phieu/index.html";
    }
}
