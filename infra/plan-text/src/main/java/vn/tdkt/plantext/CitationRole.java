package vn.tdkt.plantext;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** What a cited document is to the plan. */
@RequiredArgsConstructor
@Getter
public enum CitationRole {
    /** A "Căn cứ …" line: a legal basis of the plan. */
    LEGAL_BASIS("Căn cứ pháp lý"),
    /** The document the plan implements, named in its preamble ("Thực hiện Kế hoạch số … của UBND tỉnh, …"). */
    PARENT("Văn bản cấp trên được triển khai"),
    /** A document merely mentioned (in the body, or inside the title of a basis). */
    MENTIONED("Văn bản được nhắc đến");

    private final String label;

    /** A basis of the plan itself, as opposed to a document it only mentions. */
    public boolean isOwnBasis() {
        return this != MENTIONED;
    }
}
