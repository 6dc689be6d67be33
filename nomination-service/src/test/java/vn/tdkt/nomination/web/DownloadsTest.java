package vn.tdkt.nomination.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

class DownloadsTest {

    @Test
    void a_vietnamese_file_name_goes_out_plain_and_in_utf8() {
        ResponseEntity<byte[]> answer = Downloads.attachment(new byte[] {1, 2}, OfficeMediaTypes.DOCX,
                "Biên bản họp.docx");

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType()).hasToString(OfficeMediaTypes.DOCX);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=")
                .contains("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp.docx");
        assertThat(answer.getBody()).containsExactly(1, 2);
    }
}
