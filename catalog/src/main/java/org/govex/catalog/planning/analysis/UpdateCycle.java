package org.govex.catalog.planning.analysis;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.TemporalAmount;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A declared update cycle (更新周期) read from an EU frequency code or URI
 * ({@code http://publications.europa.eu/resource/authority/frequency/MONTHLY}) or its Chinese name.
 * Irregular, unknown and never-updated cycles have no interval.
 */
public record UpdateCycle(String code, TemporalAmount interval) {

    /** Calendar arithmetic for months and years happens in the demo city's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Map<String, TemporalAmount> CODES = Map.ofEntries(
            Map.entry("CONT", Duration.ofDays(1)), Map.entry("UPDATE_CONT", Duration.ofDays(1)),
            Map.entry("HOURLY", Duration.ofHours(1)), Map.entry("DAILY", Period.ofDays(1)),
            Map.entry("DAILY_2", Period.ofDays(1)), Map.entry("WEEKLY", Period.ofWeeks(1)),
            Map.entry("BIWEEKLY", Period.ofWeeks(2)), Map.entry("MONTHLY", Period.ofMonths(1)),
            Map.entry("BIMONTHLY", Period.ofMonths(2)), Map.entry("QUARTERLY", Period.ofMonths(3)),
            Map.entry("ANNUAL_2", Period.ofMonths(6)), Map.entry("BIANNUAL", Period.ofMonths(6)),
            Map.entry("ANNUAL", Period.ofYears(1)), Map.entry("BIENNIAL", Period.ofYears(2)),
            Map.entry("TRIENNIAL", Period.ofYears(3)));
    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("实时", "CONT"), Map.entry("每小时", "HOURLY"), Map.entry("每日", "DAILY"), Map.entry("每天", "DAILY"),
            Map.entry("每周", "WEEKLY"), Map.entry("每两周", "BIWEEKLY"), Map.entry("每月", "MONTHLY"),
            Map.entry("每季度", "QUARTERLY"), Map.entry("每半年", "ANNUAL_2"), Map.entry("每年", "ANNUAL"),
            Map.entry("不定期", "IRREG"));

    public static Optional<UpdateCycle> parse(String declared) {
        if (declared == null || declared.isBlank()) {
            return Optional.empty();
        }
        String t = declared.trim();
        t = ZH.getOrDefault(t, t);
        t = t.substring(t.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT).replace('-', '_');
        if (t.equals("REAL_TIME") || t.equals("REALTIME")) {
            t = "CONT";
        }
        return Optional.of(new UpdateCycle(t, CODES.get(t)));
    }

    public boolean scheduled() {
        return interval != null;
    }

    public Instant dueAfter(Instant last) {
        return last.atZone(ZONE).plus(interval).toInstant();
    }
}
