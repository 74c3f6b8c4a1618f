package org.govex.exchange.catalog;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.govex.catalog.model.BaseDatabase;
import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.OpenType;
import org.govex.catalog.model.Provider;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.model.Sensitivity;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.model.UpdateCycle;
import org.govex.catalog.service.CatalogService;
import org.govex.catalog.service.ElementDirectory;
import org.govex.catalog.store.CatalogStore;
import org.govex.exchange.security.ApiKeyIdentityProvider;
import org.govex.exchange.security.CurrentPrincipal;
import org.govex.exchange.security.GovexPrincipal;
import org.govex.exchange.security.PrincipalKind;
import org.govex.exchange.security.Role;
import org.govex.schemas.error.GovexException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code /sparql} with the catalog on a real remote Fuseki (started here, as the library tests do):
 * another department's draft is visible to its own department and to admins, not to anyone else.
 * The resource is called directly (the hub's Quarkus tests run on the embedded store).
 */
class RemoteSparqlDraftsTest {

    private static FusekiServer fuseki;
    private static CatalogStore store;
    private static CatalogService catalog;
    private static final String DRAFT = "101004-" + (800_000 + System.nanoTime() % 99_999);
    private static final String PUBLISHED = "101004-" + (700_000 + System.nanoTime() % 99_999);

    @BeforeAll
    static void start() {
        fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", DatasetGraphFactory.createTxnMem()).build().start();
        store = CatalogStore.remote("http://localhost:" + fuseki.getPort() + "/ds");
        catalog = new CatalogService(store, new ElementDirectory() {
            @Override
            public boolean exists(String id) {
                return id.startsWith("person.");
            }

            @Override
            public Optional<String> nameZh(String id) {
                return Optional.empty();
            }
        });
        catalog.registerProvider(new Provider("hz", "杭州市人民政府", null, null, "330100", Provider.Level.CITY));
        catalog.registerProvider(new Provider("hz-gaj", "杭州市公安局", null, "hz", "330100", Provider.Level.DEPARTMENT));
        catalog.registerProvider(new Provider("hz-mzj", "杭州市民政局", null, "hz", "330100", Provider.Level.DEPARTMENT));
        catalog.create(entry(DRAFT, "滨江区流动人口居住登记信息").build(), "hz-gaj");
        catalog.create(entry(PUBLISHED, "西湖区户籍迁移登记信息").status(ResourceStatus.PUBLISHED).build(), "hz-gaj");
    }

    @AfterAll
    static void stop() {
        catalog.close();
        store.close();
        fuseki.stop();
    }

    private static InformationResource.Builder entry(String code, String title) {
        return InformationResource.builder().code(code).category("101004").title(title, null)
                .summary(title + "，含公民身份号码（330106 西湖区）。").keywords("户籍")
                .providerCode("hz-gaj").baseDatabase(BaseDatabase.POPULATION).recordType("person")
                .dataItems(List.of(new DataItem("idNumber", "公民身份号码", "person.idNumber", "string", 18, true, Sensitivity.SENSITIVE, false)))
                .share(ShareType.CONDITIONAL, "仅用于人口管理", "《中华人民共和国户口登记条例》")
                .openType(OpenType.NOT_OPEN).updateCycle(UpdateCycle.DAILY).format("JSON");
    }

    private static final String TITLES = "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?t WHERE { GRAPH ?g { ?s dct:title ?t } }";

    @Test
    void otherDepartmentsDoNotSeeTheDraftItsOwnDepartmentAndAdminsDo() {
        assertThat(titles(resource(department("hz-mzj", Role.CONSUMER)), TITLES))
                .contains("西湖区户籍迁移登记信息").doesNotContain("滨江区流动人口居住登记信息");
        assertThat(titles(resource(department("hz-gaj", Role.PROVIDER)), TITLES))
                .contains("西湖区户籍迁移登记信息", "滨江区流动人口居住登记信息");
        assertThat(titles(resource(new GovexPrincipal("admin", PrincipalKind.SYSTEM, "管理员", null, Set.of(Role.ADMIN))), TITLES))
                .contains("滨江区流动人口居住登记信息");
        // a path that could walk into the draft is refused for hz-mzj, allowed for an admin
        String path = "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?t WHERE { GRAPH ?g { ?s dct:relation* ?t } }";
        assertThatThrownBy(() -> titles(resource(department("hz-mzj", Role.CONSUMER)), path)).isInstanceOf(GovexException.class);
        assertThat(titles(resource(new GovexPrincipal("admin", PrincipalKind.SYSTEM, "管理员", null, Set.of(Role.ADMIN))), path)).isNotEmpty();
    }

    private static GovexPrincipal department(String code, Role role) {
        return new GovexPrincipal(code, PrincipalKind.DEPARTMENT, code, code, Set.of(role));
    }

    private static SparqlResource resource(GovexPrincipal p) {
        var identity = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(p.id()))
                .addAttribute(ApiKeyIdentityProvider.PRINCIPAL_ATTRIBUTE, p).build();
        CatalogConfig.Sparql limits = new CatalogConfig.Sparql() {
            @Override
            public Duration timeout() {
                return Duration.ofSeconds(10);
            }

            @Override
            public int maxResults() {
                return 1000;
            }
        };
        CatalogConfig config = (CatalogConfig) Proxy.newProxyInstance(CatalogConfig.class.getClassLoader(),
                new Class<?>[]{CatalogConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "sparql" -> limits;
                    case "toString" -> "test config";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new SparqlResource(store, config, catalog, new CurrentPrincipal(identity));
    }

    private static List<String> titles(SparqlResource sparql, String query) {
        HttpHeaders accept = (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[]{HttpHeaders.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAcceptableMediaTypes" -> List.of(MediaType.valueOf(SparqlResource.RS_JSON));
                    case "toString" -> "Accept: " + SparqlResource.RS_JSON;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Response r = sparql.get(query, null, accept);
        String body = (String) r.getEntity();
        var rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(s -> out.add(s.get("t").isLiteral() ? s.getLiteral("t").getLexicalForm() : s.get("t").toString()));
        return out;
    }
}
