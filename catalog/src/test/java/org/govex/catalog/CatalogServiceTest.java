package org.govex.catalog;

import org.govex.catalog.model.FieldChange;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.ResourceDiff;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.model.ResourceVersion;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.search.SearchQuery;
import org.govex.catalog.search.SearchResult;
import org.govex.catalog.service.CatalogService;
import org.govex.catalog.service.Viewer;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogServiceTest {

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void registersVersionsAndWithdrawsKeepingHistory(StoreKind kind) {
        CatalogService catalog = kind.service();
        String code = TestResources.uniqueCode("101004");
        InformationResource created = catalog.create(TestResources.population(code).build(), "hz-gaj");
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.status()).isEqualTo(ResourceStatus.DRAFT);

        InformationResource found = catalog.get(code);
        assertThat(found.titleZh()).isEqualTo("西湖区户籍迁移登记信息");
        assertThat(found.titleEn()).isEqualTo("Xihu district household registration changes");
        assertThat(found.dataItems()).extracting(i -> i.name()).containsExactly("idNumber", "name", "sex", "domicileDivision");
        assertThat(found.shareType()).isEqualTo(ShareType.CONDITIONAL);
        assertThat(found.keywords()).containsExactlyInAnyOrder("户籍", "迁移", "西湖区");

        InformationResource published = catalog.publish(code, "hz-gaj");
        assertThat(published.version()).isEqualTo(2);
        assertThat(published.issued()).isNotNull();

        InformationResource edited = catalog.update(code, published.toBuilder()
                .summary("杭州市西湖区(330106)户籍迁入、迁出及户口注销登记信息。").build(), "hz-gaj");
        assertThat(edited.version()).isEqualTo(3);
        // an identical update makes no new version
        assertThat(catalog.update(code, edited, "hz-gaj").version()).isEqualTo(3);

        InformationResource withdrawn = catalog.withdraw(code, "hz-gaj", "并入人口基本信息");
        assertThat(withdrawn.status()).isEqualTo(ResourceStatus.WITHDRAWN);
        assertThat(withdrawn.version()).isEqualTo(4);

        List<ResourceVersion> history = catalog.history(code);
        assertThat(history).extracting(ResourceVersion::version).containsExactly(1, 2, 3, 4);
        assertThat(history).extracting(ResourceVersion::status).containsExactly(
                ResourceStatus.DRAFT, ResourceStatus.PUBLISHED, ResourceStatus.PUBLISHED, ResourceStatus.WITHDRAWN);
        assertThat(history.get(3).note()).isEqualTo("并入人口基本信息");
        assertThat(catalog.version(code, 1).status()).isEqualTo(ResourceStatus.DRAFT);

        ResourceDiff diff = catalog.diff(code, 2, 3);
        assertThat(diff.changes()).extracting(FieldChange::field).containsExactly("summary");
        assertThat(diff.changes().get(0).after()).contains("户口注销");

        assertThatThrownBy(() -> catalog.update(code, edited, "hz-gaj"))
                .isInstanceOfSatisfying(GovexException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.GONE));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void allocatesUniqueCodesFromTheCategory(StoreKind kind) {
        CatalogService catalog = kind.service();
        InformationResource a = catalog.create(TestResources.socialOrganisations(null).build(), "hz-mzj");
        InformationResource b = catalog.create(TestResources.socialOrganisations(null).build(), "hz-mzj");
        assertThat(a.code()).startsWith("102003-").hasSize(13);
        assertThat(b.code()).startsWith("102003-");
        assertThat(Integer.parseInt(b.code().substring(7))).isEqualTo(Integer.parseInt(a.code().substring(7)) + 1);
        assertThatThrownBy(() -> catalog.create(TestResources.socialOrganisations(a.code()).build(), "hz-mzj"))
                .isInstanceOfSatisfying(GovexException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void shaclRejectsConditionalSharingWithoutConditionsAndUnknownElements(StoreKind kind) {
        CatalogService catalog = kind.service();
        String code = TestResources.uniqueCode("101004");
        InformationResource bad = TestResources.population(code)
                .share(ShareType.CONDITIONAL, null, null)
                .dataItem(new org.govex.catalog.model.DataItem("hukouType", "户口类型", "hukou.type", "code", 2, true, null, false))
                .build();
        assertThatThrownBy(() -> catalog.create(bad, "hz-gaj"))
                .isInstanceOfSatisfying(GovexException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.INVALID);
                    assertThat(e.typeSuffix()).isEqualTo("shacl");
                    assertThat(e.violations()).extracting(v -> v.message())
                            .anyMatch(m -> m.contains("有条件共享 needs the sharing conditions"))
                            .anyMatch(m -> m.contains("legal or policy basis"))
                            .anyMatch(m -> m.contains("known data element") && m.contains("hukouType"));
                    assertThat(e.violations()).extracting(v -> v.field()).contains("govex:dataElement");
                });
        assertThat(catalog.exists(code)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void unknownProviderIsRejected(StoreKind kind) {
        CatalogService catalog = kind.service();
        InformationResource bad = TestResources.population(TestResources.uniqueCode("101004")).providerCode("hz-nope").build();
        assertThatThrownBy(() -> catalog.create(bad, "admin"))
                .isInstanceOfSatisfying(GovexException.class, e -> assertThat(e.violations())
                        .anyMatch(v -> v.field().equals("dct:publisher")));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void searchesChineseTextWithFacetsAndVisibility(StoreKind kind) {
        CatalogService catalog = kind.service();
        String published = TestResources.uniqueCode("101004");
        String draft = TestResources.uniqueCode("101004");
        catalog.create(TestResources.population(published).status(ResourceStatus.PUBLISHED)
                .title("滨江区户籍迁移登记信息", null).keywords("滨江区", "迁入").build(), "hz-gaj");
        catalog.create(TestResources.population(draft).title("滨江区户籍迁移登记信息(草稿)", null).build(), "hz-gaj");

        SearchResult anyone = catalog.search(SearchQuery.text("滨江区 迁移"), Viewer.department("hz-mzj"));
        assertThat(anyone.results()).extracting(r -> r.code()).contains(published).doesNotContain(draft);
        assertThat(anyone.facets().get("provider")).containsKey("hz-gaj");
        assertThat(anyone.facets().get("share")).containsKey("CONDITIONAL");

        SearchResult own = catalog.search(SearchQuery.text("滨江区").withStatus("DRAFT"), Viewer.department("hz-gaj"));
        assertThat(own.results()).extracting(r -> r.code()).contains(draft);
        SearchResult others = catalog.search(SearchQuery.text("滨江区").withStatus("DRAFT"), Viewer.department("hz-mzj"));
        assertThat(others.results()).extracting(r -> r.code()).doesNotContain(draft);

        // smartcn splits 户籍迁移 into words, so a word inside the title matches; an unrelated word does not
        assertThat(catalog.search(SearchQuery.text("迁移"), Viewer.ANYONE).results()).extracting(r -> r.code()).contains(published);
        assertThat(catalog.search(SearchQuery.text("基金会 年检 滨江区"), Viewer.ANYONE).results()).extracting(r -> r.code())
                .doesNotContain(published);
        // category filter matches by prefix (类 1 → 101004)
        assertThat(catalog.search(SearchQuery.text("滨江区").withCategory("1"), Viewer.ANYONE).total()).isGreaterThanOrEqualTo(1);
        assertThat(catalog.search(SearchQuery.text("滨江区").withCategory("2"), Viewer.ANYONE).results())
                .extracting(r -> r.code()).doesNotContain(published);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void recordsObservationsWithoutNewVersion(StoreKind kind) {
        CatalogService catalog = kind.service();
        String code = TestResources.uniqueCode("101004");
        catalog.create(TestResources.population(code).status(ResourceStatus.PUBLISHED).build(), "hz-gaj");
        Instant at = Instant.parse("2025-06-30T08:15:00Z");
        catalog.recordObservation(code, at, 1234, 3);
        catalog.recordObservation(code, at.plusSeconds(60), 1240, 4);
        InformationResource r = catalog.get(code);
        assertThat(r.lastRecordAt()).isEqualTo(at.plusSeconds(60));
        assertThat(r.recordCount()).isEqualTo(1240);
        assertThat(r.subscriberCount()).isEqualTo(4);
        assertThat(r.version()).isEqualTo(1);
        assertThatThrownBy(() -> catalog.recordObservation("999999-000001", at, 1, 1))
                .isInstanceOfSatisfying(GovexException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void oneAuthoritativeSourcePerElement(StoreKind kind) {
        CatalogService catalog = kind.service();
        String first = TestResources.uniqueCode("101004");
        String second = TestResources.uniqueCode("101004");
        // elements unique to this test run so earlier runs on the same store do not interfere
        String element = "person.idNumber" + first.replace("-", "");
        var item = new org.govex.catalog.model.DataItem("idNumber", "公民身份号码", element, "string", 18, true, null, true);
        StoreKind.class.getName();
        catalog.create(TestResources.population(first).dataItems(List.of(item)).status(ResourceStatus.PUBLISHED).build(), "hz-gaj");
        assertThatThrownBy(() -> catalog.create(TestResources.population(second).dataItems(List.of(item))
                .status(ResourceStatus.PUBLISHED).build(), "hz-gaj"))
                .isInstanceOfSatisfying(GovexException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT);
                    assertThat(e.violations().get(0).message()).contains(first);
                });
        assertThat(catalog.authoritativeSources(element)).extracting(InformationResource::code).containsExactly(first);
    }
}
