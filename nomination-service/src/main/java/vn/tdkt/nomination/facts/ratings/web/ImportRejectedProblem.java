package vn.tdkt.nomination.facts.ratings.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import vn.tdkt.nomination.facts.ratings.application.ImportRejected;
import vn.tdkt.platform.web.problem.Problems;

/**
 * The 400 answer to a rejected import: the problem under the import's own code, with an {@code errors} list of
 * every bad row (row, column, code and the message in the caller's language), so the file can be fixed at once.
 */
public final class ImportRejectedProblem {

    private ImportRejectedProblem() {
    }

    public static ResponseEntity<ProblemDetail> of(Problems problems, String code, ImportRejected rejected) {
        ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, code, List.of(rejected.errors().size()));
        problem.setProperty("errors", rejected.errors().stream().map(error -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("row", error.row());
            item.put("column", error.column());
            item.put("code", error.code());
            item.put("message", problems.message(error.code(), error.args().toArray()));
            return item;
        }).toList());
        return ResponseEntity.badRequest().body(problem);
    }
}
