package org.govex.catalog;

import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.search.ResourceSummary;
import org.govex.catalog.search.SearchQuery;
import org.govex.catalog.service.CatalogService;
import org.govex.catalog.service.Viewer;
import org.govex.catalog.store.CatalogStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index kept on disk: reopened as is when it matches the store, rebuilt when it is
 * missing, damaged or behind the store (a change committed to the store but not to the index,
 * as after a kill between the two commits).
 */
class PersistentIndexTest {

    @TempDir
    Path indexDir;

    private static SearchQuery xihu() {
        return new SearchQuery("西湖区 户籍", null, null, null, null, null, null, null, "ANY", "code", 1, 50);
    }

    private static List<String> codes(CatalogService c) {
        return c.codes(xihu(), Viewer.ADMIN);
    }

    private CatalogService open(CatalogStore store) {
        return new CatalogService(store, StoreKind.ELEMENTS, Clock.systemUTC(), indexDir);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void reopensWithoutRebuildAndRebuildsWhenBehindMissingOrDamaged(StoreKind kind) throws IOException {
        CatalogStore store = kind.store();
        try (CatalogService first = open(store)) {
            registerProviders(first);
            first.create(TestResources.population(TestResources.uniqueCode("101004")).status(ResourceStatus.PUBLISHED).build(), "hz-gaj");
            first.create(TestResources.population(TestResources.uniqueCode("101004")).build(), "hz-gaj");
        }
        List<String> before;
        try (CatalogService second = open(store)) {
            assertThat(second.indexRebuiltAtOpen()).isFalse();
            before = codes(second);
            assertThat(before).hasSizeGreaterThanOrEqualTo(2);
        }

        // a change reaches the store but not this index (another node, or a crash before the index commit)
        String missed = TestResources.uniqueCode("101004");
        try (CatalogService elsewhere = new CatalogService(store, StoreKind.ELEMENTS)) {
            elsewhere.create(TestResources.population(missed).status(ResourceStatus.PUBLISHED).build(), "hz-gaj");
        }
        try (CatalogService third = open(store)) {
            assertThat(third.indexRebuiltAtOpen()).isTrue();
            assertThat(codes(third)).containsAll(before).contains(missed);
        }
        List<String> now;
        try (CatalogService fourth = open(store)) {
            assertThat(fourth.indexRebuiltAtOpen()).isFalse();
            now = codes(fourth);
        }

        deleteAll(indexDir);
        try (CatalogService fifth = open(store)) {
            assertThat(fifth.indexRebuiltAtOpen()).isTrue();
            assertThat(codes(fifth)).isEqualTo(now);
        }

        // damage every file of the last commit: the index is discarded and rebuilt
        try (Stream<Path> files = Files.list(indexDir)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(f, "kein Lucene-Index / 不是索引".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        try (CatalogService sixth = open(store)) {
            assertThat(sixth.indexRebuiltAtOpen()).isTrue();
            assertThat(codes(sixth)).isEqualTo(now);
            InformationResource r = sixth.get(missed);
            assertThat(sixth.search(new SearchQuery(r.code(), null, null, null, null, null, null, null, null, null, 1, 5),
                    Viewer.ANYONE).results()).extracting(ResourceSummary::code).containsExactly(missed);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void anIndexWithoutExportBlocksIsRebuilt(StoreKind kind) throws IOException {
        CatalogStore store = kind.store();
        String code = TestResources.uniqueCode("101004");
        try (CatalogService first = open(store)) {
            registerProviders(first);
            first.create(TestResources.population(code).status(ResourceStatus.PUBLISHED).build(), "hz-gaj");
        }
        // what the index of the version before stored export blocks recorded: the store's token alone
        String token = store.select("SELECT ?t WHERE { GRAPH <" + org.govex.catalog.vocab.CatalogGraphs.META + "> { ?c <"
                + org.govex.catalog.vocab.GOVEX.changeToken.getURI() + "> ?t } }", rs -> rs.next().getLiteral("t").getString());
        try (var dir = org.apache.lucene.store.FSDirectory.open(indexDir);
             var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            writer.setLiveCommitData(java.util.Map.of("store-token", token).entrySet());
            writer.commit();
        }
        try (CatalogService second = open(store)) {
            assertThat(second.indexRebuiltAtOpen()).isTrue();
            assertThat(second.indexInStep()).isTrue();
            assertThat(codes(second)).contains(code);
        }
    }

    private static void registerProviders(CatalogService c) {
        if (c.providers().find("hz-gaj").isEmpty()) {
            c.registerProvider(new org.govex.catalog.model.Provider("hz-gaj", "杭州市公安局", null, null, "330100",
                    org.govex.catalog.model.Provider.Level.DEPARTMENT));
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }
}
