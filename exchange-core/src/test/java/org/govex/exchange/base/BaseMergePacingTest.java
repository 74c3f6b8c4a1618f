package org.govex.exchange.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The base merge yields to publishers: after a chunk it pauses so it keeps to its share of the time. */
class BaseMergePacingTest {

    private static final long MS = 1_000_000L;

    @Test
    void pausesThreeTimesTheChunkAtAQuarterShareWhilePublishersWrite() {
        assertThat(BaseMergeRoute.pauseAfter(400 * MS, true, 0.25)).isEqualTo(1_200);
        assertThat(BaseMergeRoute.pauseAfter(400 * MS, true, 0.5)).isEqualTo(400);
    }

    @Test
    void runsAtFullSpeedWhenNobodyPublishesOrTheShareIsWhole() {
        assertThat(BaseMergeRoute.pauseAfter(400 * MS, false, 0.25)).isZero();
        assertThat(BaseMergeRoute.pauseAfter(400 * MS, true, 1.0)).isZero();
    }

    @Test
    void neverPausesLongerThanTheCap() {
        assertThat(BaseMergeRoute.pauseAfter(60_000 * MS, true, 0.1)).isEqualTo(BaseMergeRoute.MAX_PAUSE_MILLIS);
    }
}
