package vn.tdkt.plantext;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalised plan into its regions, by landmarks rather than by position:
 * <pre>
 *   [0, sectionsStart)          header, legal bases (căn cứ), preamble
 *   [sectionsStart, tailStart)  numbered sections I, II, III…
 *   [tailStart, appendixStart)  "Nơi nhận" list and signature block
 *   appendices                  each from a "PHỤ LỤC" line (or a task table's header row) to the next one
 * </pre>
 * Trailing notes added by the site the text was copied from ("Nguồn tra cứu: …") are cut off.
 */
final class DocumentLayout {

    record Region(int start, int end) {
    }

    private final List<SourceLine> lines;
    private final int end;
    private final int sectionsStart;
    private final List<Integer> appendixStarts;
    private final int tailStart;

    private DocumentLayout(List<SourceLine> lines) {
        this.lines = lines;
        this.end = contentEnd(lines);
        this.sectionsStart = findSectionsStart();
        this.appendixStarts = findAppendixStarts();
        this.tailStart = findTailStart();
    }

    static DocumentLayout of(List<SourceLine> lines) {
        return new DocumentLayout(lines);
    }

    List<SourceLine> lines(Region region) {
        return lines.subList(region.start(), region.end());
    }

    Region front() {
        return new Region(0, sectionsStart);
    }

    Region sections() {
        return new Region(sectionsStart, tailStart);
    }

    Region tail() {
        return new Region(tailStart, firstAppendix());
    }

    List<Region> appendices() {
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < appendixStarts.size(); i++) {
            int stop = i + 1 < appendixStarts.size() ? appendixStarts.get(i + 1) : end;
            regions.add(new Region(appendixStarts.get(i), stop));
        }
        return regions;
    }

    boolean hasSections() {
        return sectionsStart < tailStart;
    }

    private int firstAppendix() {
        return appendixStarts.isEmpty() ? end : appendixStarts.get(0);
    }

    private static int contentEnd(List<SourceLine> lines) {
        int end = lines.size();
        while (end > 0 && (lines.get(end - 1).isBlank() || StructureRecognizer.isSourceNote(lines.get(end - 1).text()))) {
            end--;
        }
        return end;
    }

    private int findSectionsStart() {
        for (int i = 0; i < end; i++) {
            if (StructureRecognizer.isPartHeading(lines.get(i).text())) {
                return i;
            }
        }
        // Short plans number their sections 1., 2. without roman parts.
        for (int i = 0; i < end; i++) {
            String text = lines.get(i).text();
            if (StructureRecognizer.heading(text).filter(h -> h.level() == SectionLevel.CLAUSE).isPresent()
                    && !lines.get(i).isTableRow()) {
                return i;
            }
        }
        return end;
    }

    private List<Integer> findAppendixStarts() {
        List<Integer> starts = new ArrayList<>();
        for (int i = sectionsStart; i < end; i++) {
            if (StructureRecognizer.isAppendixHeading(lines.get(i).text())) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            for (int i = sectionsStart; i < end; i++) {
                if (TableRowParser.isTaskTableHeader(lines.get(i))) {
                    starts.add(i);
                    break;
                }
            }
        }
        return starts;
    }

    private int findTailStart() {
        int stop = firstAppendix();
        for (int i = sectionsStart; i < stop; i++) {
            if (StructureRecognizer.isRecipientsHeading(lines.get(i).text())) {
                return i;
            }
        }
        for (int i = sectionsStart; i < stop; i++) {
            if (StructureRecognizer.isSigningAuthority(lines.get(i).text())) {
                return i;
            }
        }
        return stop;
    }
}
