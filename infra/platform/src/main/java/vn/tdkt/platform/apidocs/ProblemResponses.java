package vn.tdkt.platform.apidocs;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tdkt.platform.security.TdktRole;

/**
 * The RFC 9457 problem every service answers with, as an OpenAPI schema, and one documented response per status
 * the platform produces, each with a Vietnamese example (the English text comes with {@code Accept-Language: en}).
 */
final class ProblemResponses {

    static final String SCHEMA = "Problem";
    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    static Schema<?> schema() {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("field", new StringSchema().description("the field or parameter, as a JSON path"));
        error.addProperty("message", new StringSchema());
        Schema<?> problem = new ObjectSchema().description("RFC 9457 problem details; switch on `code`, not on the text");
        problem.addProperty("type", new StringSchema().format("uri").example("https://tdkt.gov.vn/problems/validation.failed"));
        problem.addProperty("title", new StringSchema().example("Yêu cầu không hợp lệ"));
        problem.addProperty("status", new IntegerSchema().example(400));
        problem.addProperty("detail", new StringSchema().example("Dữ liệu gửi lên có 1 lỗi."));
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        problem.addProperty("code", new StringSchema().description("stable, language-independent error code")
                .example("validation.failed"));
        problem.addProperty("errors", new ArraySchema().items(error).description("one entry per invalid field"));
        problem.required(List.of("type", "title", "status", "code"));
        return problem;
    }

    /** Status → (description, example code, example detail). */
    static final Map<String, String[]> STATUSES = new LinkedHashMap<>();

    static {
        STATUSES.put("400", new String[] {"Dữ liệu không hợp lệ (trường sai, thiếu, sai kiểu; giá trị liệt kê không được nhận)",
                "request.field-enum", "Trường status không nhận giá trị \"DONE\"; các giá trị hợp lệ: PLANNED, IN_PROGRESS."});
        STATUSES.put("401", new String[] {"Thiếu mã truy cập hoặc mã không hợp lệ",
                "security.unauthenticated", "Cần có mã truy cập (Bearer token) hợp lệ."});
        STATUSES.put("403", new String[] {"Vai trò của người gọi không được phép",
                "security.forbidden", "Bạn không có quyền thực hiện thao tác này."});
        STATUSES.put("404", new String[] {"Không tìm thấy (hoặc thuộc đơn vị khác: không phân biệt được)",
                "resource.not-found", "Không tìm thấy tài nguyên."});
        STATUSES.put("409", new String[] {"Trạng thái hiện tại không cho phép thao tác, hoặc vừa có người khác cập nhật",
                "concurrent.update", "Dữ liệu vừa được người khác cập nhật; vui lòng tải lại rồi thử lại."});
        STATUSES.put("412", new String[] {"If-Match không còn là phiên bản hiện tại",
                "etag.mismatch", "Phiên bản \"3\" không còn là phiên bản hiện tại (\"4\"); vui lòng tải lại."});
        STATUSES.put("422", new String[] {"Idempotency-Key đã dùng cho một yêu cầu khác",
                "idempotency.key-reused", "Idempotency-Key hs-0001 đã được dùng cho một yêu cầu khác."});
    }

    static ApiResponse response(String status) {
        String[] about = STATUSES.get(status);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://tdkt.gov.vn/problems/" + about[1]);
        example.put("title", titleOf(status));
        example.put("status", Integer.parseInt(status));
        example.put("detail", about[2]);
        example.put("code", about[1]);
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)).example(example);
        return new ApiResponse().description(about[0]).content(new Content().addMediaType(MEDIA_TYPE, media));
    }

    /**
     * The 403 of an endpoint whose role-only guard admits {@code admitted}: the roles are named, and a caller of any
     * other role is refused before the request's body is read.
     */
    static ApiResponse forbidden(List<TdktRole> admitted) {
        String roles = admitted.stream().map(role -> role.label() + " (" + role.name() + ")")
                .collect(Collectors.joining(", "));
        return response("403").description(admitted.isEmpty()
                ? "Không vai trò nào được gọi thao tác này"
                : "Chỉ các vai trò sau được gọi: " + roles + ". Vai trò khác nhận 403 trước khi nội dung yêu cầu được đọc");
    }

    private static String titleOf(String status) {
        return switch (status) {
            case "400" -> "Yêu cầu không hợp lệ";
            case "401" -> "Chưa xác thực";
            case "403" -> "Không có quyền";
            case "404" -> "Không tìm thấy";
            case "409" -> "Xung đột trạng thái";
            case "412" -> "Phiên bản không khớp";
            default -> "Không thể xử lý";
        };
    }
}
