package vn.tdkt.nomination.catalogue.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.lawdata.LawDataException;
import vn.tdkt.nomination.lawdata.YamlNode;

/**
 * Reads the bundled catalogue: {@code catalogue/index.yaml} lists the version files and the base-salary table
 * (field meanings in {@code catalogue/2025-07-01.yaml}). The same award shape is read from an administrator's
 * published version, so both go through {@link #award(YamlNode)}-equivalent checks.
 */
public final class CatalogueData {

    public static final String INDEX = "catalogue/index.yaml";

    private static volatile CatalogueData bundled;

    private final List<CatalogueVersion> versions;
    private final BaseSalaryTable baseSalary;

    private CatalogueData(List<CatalogueVersion> versions, BaseSalaryTable baseSalary) {
        this.versions = List.copyOf(versions);
        this.baseSalary = baseSalary;
    }

    /** The data files on the classpath, read once. */
    public static CatalogueData bundled() {
        CatalogueData data = bundled;
        if (data == null) {
            synchronized (CatalogueData.class) {
                data = bundled;
                if (data == null) {
                    data = read(INDEX);
                    bundled = data;
                }
            }
        }
        return data;
    }

    static CatalogueData read(String indexResource) {
        YamlNode index = YamlNode.classpath(indexResource);
        String folder = indexResource.substring(0, indexResource.lastIndexOf('/') + 1);
        List<CatalogueVersion> versions = new ArrayList<>();
        for (YamlNode file : index.list("versions")) {
            versions.add(version(YamlNode.classpath(folder + file.asString())));
        }
        if (versions.isEmpty()) {
            throw index.get("versions").error("lists no version");
        }
        BaseSalaryTable salaries = baseSalary(YamlNode.classpath(folder + index.requiredString("baseSalary")));
        try {
            new CatalogueTimeline(versions);
        } catch (IllegalArgumentException e) {
            throw new LawDataException(indexResource + ": " + e.getMessage());
        }
        return new CatalogueData(versions, salaries);
    }

    public List<CatalogueVersion> versions() {
        return versions;
    }

    public BaseSalaryTable baseSalary() {
        return baseSalary;
    }

    static CatalogueVersion version(YamlNode file) {
        List<AwardForm> awards = file.list("awards").stream().map(CatalogueData::award).toList();
        try {
            return CatalogueVersion.bundled(file.requiredString("id"), file.integer("version"),
                    file.requiredDate("effectiveFrom"), file.string("note"), file.strings("citations"), awards);
        } catch (RuntimeException e) {
            throw new LawDataException(file.path() + " " + e.getMessage(), e);
        }
    }

    /** One award entry; any inconsistency names the entry's path. */
    public static AwardForm award(YamlNode entry) {
        try {
            YamlNode vote = entry.get("vote");
            YamlNode notice = entry.get("publicNotice");
            List<RequiredDocument> documents = new ArrayList<>();
            for (YamlNode doc : entry.list("requiredDocuments")) {
                documents.add(new RequiredDocument(doc.enumSet("anyOf", DocumentKind.class),
                        doc.requiredString("rule"), doc.enumSet("types", CommendationType.class)));
            }
            Map<SubjectType, BigDecimal> coefficients = new EnumMap<>(SubjectType.class);
            YamlNode coefficientNode = entry.get("rewardCoefficients");
            if (!coefficientNode.isNull()) {
                for (String key : coefficientNode.keys()) {
                    YamlNode keyNode = YamlNode.parse(coefficientNode.path() + "." + key, "\"" + key + "\"");
                    coefficients.put(keyNode.asEnum(SubjectType.class), coefficientNode.decimal(key));
                }
            }
            return new AwardForm(entry.requiredString("code"), entry.requiredString("name"),
                    entry.string("nameEn"), entry.enumValue("kind", AwardKind.class),
                    entry.enumValue("decidingLevel", DecisionLevel.class), entry.string("decider"),
                    entry.enumSet("subjectTypes", SubjectType.class),
                    vote.isNull() ? null : new VoteRequirement(vote.bool("required", false), vote.decimal("threshold"),
                            vote.string("citation"), vote.string("confidence")),
                    notice.isNull() ? null : new PublicNotice(notice.bool("required", false),
                            notice.integer("workingDays"), notice.string("citation"), notice.string("confidence")),
                    documents, coefficients, entry.strings("citations"), entry.string("rewardCitation"));
        } catch (LawDataException e) {
            throw e;
        } catch (RuntimeException e) {
            throw entry.error(e.getMessage());
        }
    }

    static BaseSalaryTable baseSalary(YamlNode file) {
        List<BaseSalary> entries = new ArrayList<>();
        for (YamlNode entry : file.list("entries")) {
            Integer amount = entry.integer("amount");
            if (amount == null || amount <= 0) {
                throw entry.get("amount").error("must be a positive amount in đồng");
            }
            entries.add(new BaseSalary(entry.requiredDate("effectiveFrom"), amount, entry.requiredString("citation"),
                    entry.string("confidence"), entry.string("note")));
        }
        return new BaseSalaryTable(entries);
    }
}
