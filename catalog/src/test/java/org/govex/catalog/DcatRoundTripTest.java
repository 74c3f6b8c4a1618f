package org.govex.catalog;

import org.apache.jena.rdf.model.Model;
import org.govex.catalog.dcat.CatalogDescription;
import org.govex.catalog.dcat.DcatExporter;
import org.govex.catalog.dcat.HarvestReport;
import org.govex.catalog.dcat.Harvester;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.service.CatalogService;
import org.govex.catalog.shacl.CatalogShapes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Export passes both shape sets; a harvested export round-trips; withdrawal follows the source. */
class DcatRoundTripTest {

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void exportPassesShapesAndHarvestRoundTrips(StoreKind kind) {
        CatalogService catalog = kind.service();
        String a = TestResources.uniqueCode("101004");
        String b = TestResources.uniqueCode("102003");
        InformationResource ra = catalog.create(TestResources.population(a).status(ResourceStatus.PUBLISHED).build(), "hz-gaj");
        catalog.create(TestResources.socialOrganisations(b).status(ResourceStatus.PUBLISHED).build(), "hz-mzj");
        DcatExporter exporter = new DcatExporter(catalog, new CatalogDescription("http://localhost:8080",
                "杭州市政务信息资源目录", "Hangzhou catalog", "hz"));
        Model export = exporter.model(List.of(catalog.get(a), catalog.get(b)));
        assertThat(CatalogShapes.violations(CatalogShapes.validate(CatalogShapes.dcatAp(), export.getGraph()))).isEmpty();
        assertThat(CatalogShapes.violations(CatalogShapes.validate(CatalogShapes.govex(), export.getGraph()))).isEmpty();

        String source = "county" + Math.abs(a.hashCode() % 1000);
        HarvestReport first = new Harvester(catalog).harvest(source, export, "admin");
        assertThat(first.rejected()).isEmpty();
        assertThat(first.created()).containsExactlyInAnyOrder(source + "." + a, source + "." + b);
        InformationResource copy = catalog.get(source + "." + a);
        assertThat(copy.titleZh()).isEqualTo(ra.titleZh());
        assertThat(copy.titleEn()).isEqualTo(ra.titleEn());
        assertThat(copy.dataItems()).isEqualTo(ra.dataItems());
        assertThat(copy.shareConditions()).isEqualTo(ra.shareConditions());
        assertThat(copy.harvestSource()).isEqualTo(source);

        HarvestReport again = new Harvester(catalog).harvest(source, export, "admin");
        assertThat(again.unchanged()).hasSize(2);
        assertThat(again.created()).isEmpty();

        HarvestReport shrunk = new Harvester(catalog).harvest(source, exporter.model(List.of(catalog.get(b))), "admin");
        assertThat(shrunk.withdrawn()).containsExactly(source + "." + a);
        assertThat(catalog.get(source + "." + a).status()).isEqualTo(ResourceStatus.WITHDRAWN);
        assertThat(catalog.history(source + "." + a)).hasSize(2);
    }
}
