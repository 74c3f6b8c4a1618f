package org.govex.exchange.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MergeRuleTest {

    private static final BaseMerger.Stored GAJ_AUTHORITATIVE = new BaseMerger.Stored("王小明", "gaj-rk", "hz-gaj", true);
    private static final BaseMerger.Stored MZJ_PLAIN = new BaseMerger.Stored("330106", "mzj-hy", "hz-mzj", false);

    @Test
    void theAuthoritativeValueStaysAgainstAnotherSource() {
        BaseMerger.Decision d = BaseMerger.decide(GAJ_AUTHORITATIVE, "王晓明", "wjw-cs", false, false);
        assertThat(d.write()).isFalse();
        assertThat(d.resolution()).isEqualTo("AUTHORITATIVE_KEPT");
    }

    @Test
    void theAuthoritativeSourceOverridesAndTheConflictIsRecorded() {
        BaseMerger.Decision d = BaseMerger.decide(MZJ_PLAIN, "330105", "gaj-rk", true, false);
        assertThat(d.write()).isTrue();
        assertThat(d.resolution()).isEqualTo("AUTHORITATIVE_REPLACED");
    }

    @Test
    void aSourceUpdatesItsOwnValueWithoutConflict() {
        BaseMerger.Decision d = BaseMerger.decide(GAJ_AUTHORITATIVE, "王晓明", "gaj-rk", true, false);
        assertThat(d.write()).isTrue();
        assertThat(d.resolution()).isNull();
    }

    @Test
    void agreementIsNoConflictAndWithoutAuthorityTheLatestStandsButIsReported() {
        assertThat(BaseMerger.decide(MZJ_PLAIN, "330106", "wjw-cs", false, false)).isEqualTo(new BaseMerger.Decision(false, null));
        assertThat(BaseMerger.decide(MZJ_PLAIN, "330106", "gaj-rk", true, false)).isEqualTo(new BaseMerger.Decision(true, null));
        assertThat(BaseMerger.decide(MZJ_PLAIN, "330108", "wjw-cs", false, false)).isEqualTo(new BaseMerger.Decision(true, "NO_AUTHORITY"));
        assertThat(BaseMerger.decide(MZJ_PLAIN, "2026-01-01T00:00:00+08:00", "wjw-cs", false, true))
                .isEqualTo(new BaseMerger.Decision(true, null));
    }
}
