package org.govex.catalog.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog names the four base databases exactly as the record standards do (one name each). */
class BaseDatabaseNamesTest {

    @Test
    void everyStandardBaseDatabaseHasTheSameIdAndNamesInTheCatalog() {
        for (org.govex.schemas.record.BaseDatabase standard : org.govex.schemas.record.BaseDatabase.values()) {
            BaseDatabase catalog = BaseDatabase.parse(standard.id());
            assertThat(catalog.id()).isEqualTo(standard.id());
            assertThat(catalog.labelZh()).as(standard.id()).isEqualTo(standard.nameZh());
            assertThat(catalog.labelEn()).as(standard.id()).isEqualTo(standard.nameEn());
        }
        assertThat(BaseDatabase.parse("geospatial").labelZh()).isEqualTo("自然资源和空间地理基础信息库");
    }
}
