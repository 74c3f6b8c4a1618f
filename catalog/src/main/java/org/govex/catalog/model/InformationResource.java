package org.govex.catalog.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 政务信息资源: one catalog entry with the GB/T 21063 core metadata (mapped to DCAT-AP 3 in
 * {@code org.govex.catalog.rdf}), plus the figures the exchange observed.
 *
 * @param code            信息资源代码 (category notation + "-" + six-digit sequence when allocated)
 * @param category        信息资源分类: the code of a category-scheme concept
 * @param baseDatabase    所属基础库, {@link BaseDatabase#NONE} for departmental resources
 * @param recordType      the schemas record type ({@code person}, {@code legal-entity}, {@code place},
 *                        {@code indicator}) when the resource carries base records, else null
 * @param format          信息资源格式 (e.g. {@code JSON}, {@code CSV}, {@code XML}, {@code API})
 * @param acceptPartial   whether the exchange accepts a batch in which some records are bad
 * @param version         version number, 1 for the first
 * @param harvestSource   the named harvest source this entry came from, null for local entries
 * @param lastRecordAt    observed by the exchange: when the last record was published
 * @param recordCount     observed by the exchange: records accepted so far
 * @param subscriberCount observed by the exchange: active subscriptions
 */
public record InformationResource(
        String code,
        String titleZh,
        String titleEn,
        String summary,
        List<String> keywords,
        String providerCode,
        String category,
        BaseDatabase baseDatabase,
        String recordType,
        String format,
        List<DataItem> dataItems,
        ShareType shareType,
        String shareConditions,
        String legalBasis,
        OpenType openType,
        UpdateCycle updateCycle,
        LocalDate issued,
        Instant modified,
        int version,
        ResourceStatus status,
        List<String> relatedResources,
        boolean acceptPartial,
        String harvestSource,
        Instant lastRecordAt,
        long recordCount,
        int subscriberCount) {

    public InformationResource {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        dataItems = dataItems == null ? List.of() : List.copyOf(dataItems);
        relatedResources = relatedResources == null ? List.of() : List.copyOf(relatedResources);
        if (baseDatabase == null) {
            baseDatabase = BaseDatabase.NONE;
        }
        if (status == null) {
            status = ResourceStatus.DRAFT;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public boolean isPublished() {
        return status == ResourceStatus.PUBLISHED;
    }

    public Optional<DataItem> item(String name) {
        return dataItems.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** The data elements this resource is the authoritative source of (一数一源). */
    public List<String> authoritativeElements() {
        return dataItems.stream().filter(DataItem::authoritative).map(DataItem::elementId)
                .filter(java.util.Objects::nonNull).toList();
    }

    /** Builds resources field by field; unset fields take the record's defaults. */
    public static final class Builder {
        private String code;
        private String titleZh;
        private String titleEn;
        private String summary;
        private List<String> keywords = new ArrayList<>();
        private String providerCode;
        private String category;
        private BaseDatabase baseDatabase = BaseDatabase.NONE;
        private String recordType;
        private String format;
        private List<DataItem> dataItems = new ArrayList<>();
        private ShareType shareType;
        private String shareConditions;
        private String legalBasis;
        private OpenType openType;
        private UpdateCycle updateCycle;
        private LocalDate issued;
        private Instant modified;
        private int version;
        private ResourceStatus status = ResourceStatus.DRAFT;
        private List<String> relatedResources = new ArrayList<>();
        private boolean acceptPartial;
        private String harvestSource;
        private Instant lastRecordAt;
        private long recordCount;
        private int subscriberCount;

        private Builder() {
        }

        private Builder(InformationResource r) {
            code = r.code;
            titleZh = r.titleZh;
            titleEn = r.titleEn;
            summary = r.summary;
            keywords = new ArrayList<>(r.keywords);
            providerCode = r.providerCode;
            category = r.category;
            baseDatabase = r.baseDatabase;
            recordType = r.recordType;
            format = r.format;
            dataItems = new ArrayList<>(r.dataItems);
            shareType = r.shareType;
            shareConditions = r.shareConditions;
            legalBasis = r.legalBasis;
            openType = r.openType;
            updateCycle = r.updateCycle;
            issued = r.issued;
            modified = r.modified;
            version = r.version;
            status = r.status;
            relatedResources = new ArrayList<>(r.relatedResources);
            acceptPartial = r.acceptPartial;
            harvestSource = r.harvestSource;
            lastRecordAt = r.lastRecordAt;
            recordCount = r.recordCount;
            subscriberCount = r.subscriberCount;
        }

        public Builder code(String v) { code = v; return this; }
        public Builder title(String zh, String en) { titleZh = zh; titleEn = en; return this; }
        public Builder titleZh(String v) { titleZh = v; return this; }
        public Builder titleEn(String v) { titleEn = v; return this; }
        public Builder summary(String v) { summary = v; return this; }
        public Builder keywords(List<String> v) { keywords = new ArrayList<>(v); return this; }
        public Builder keywords(String... v) { keywords = new ArrayList<>(List.of(v)); return this; }
        public Builder providerCode(String v) { providerCode = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder baseDatabase(BaseDatabase v) { baseDatabase = v; return this; }
        public Builder recordType(String v) { recordType = v; return this; }
        public Builder format(String v) { format = v; return this; }
        public Builder dataItems(List<DataItem> v) { dataItems = new ArrayList<>(v); return this; }
        public Builder dataItem(DataItem v) { dataItems.add(v); return this; }
        public Builder share(ShareType type, String conditions, String basis) {
            shareType = type; shareConditions = conditions; legalBasis = basis; return this;
        }
        public Builder shareType(ShareType v) { shareType = v; return this; }
        public Builder shareConditions(String v) { shareConditions = v; return this; }
        public Builder legalBasis(String v) { legalBasis = v; return this; }
        public Builder openType(OpenType v) { openType = v; return this; }
        public Builder updateCycle(UpdateCycle v) { updateCycle = v; return this; }
        public Builder issued(LocalDate v) { issued = v; return this; }
        public Builder modified(Instant v) { modified = v; return this; }
        public Builder version(int v) { version = v; return this; }
        public Builder status(ResourceStatus v) { status = v; return this; }
        public Builder relatedResources(List<String> v) { relatedResources = new ArrayList<>(v); return this; }
        public Builder relatedResource(String v) { relatedResources.add(v); return this; }
        public Builder acceptPartial(boolean v) { acceptPartial = v; return this; }
        public Builder harvestSource(String v) { harvestSource = v; return this; }
        public Builder observed(Instant last, long records, int subscribers) {
            lastRecordAt = last; recordCount = records; subscriberCount = subscribers; return this;
        }

        public InformationResource build() {
            return new InformationResource(code, titleZh, titleEn, summary, keywords, providerCode, category,
                    baseDatabase, recordType, format, dataItems, shareType, shareConditions, legalBasis, openType,
                    updateCycle, issued, modified, version, status, relatedResources, acceptPartial, harvestSource,
                    lastRecordAt, recordCount, subscriberCount);
        }
    }
}
