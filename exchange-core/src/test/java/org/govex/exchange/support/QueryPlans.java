package org.govex.exchange.support;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** H2's own account of a statement: its EXPLAIN ANALYZE plan, rows scanned and pages read. */
public final class QueryPlans {

    private QueryPlans() {
    }

    /** The plan of {@code sql} run with {@code args}, on a fresh connection. */
    public static String explain(DataSource ds, String sql, Object... args) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    /** Rows the plan's index cursor visited. */
    public static int scanCount(String plan) {
        return number(plan, "scanCount: (\\d+)");
    }

    /** Pages read from the file (file databases only). */
    public static int reads(String plan) {
        return number(plan, "reads: (\\d+)");
    }

    /** Whether the rows came in ORDER BY order from the index, so LIMIT stops the scan. */
    public static boolean indexSorted(String plan) {
        return plan.contains("index sorted");
    }

    private static int number(String plan, String regex) {
        Matcher m = Pattern.compile(regex).matcher(plan);
        assertThat(m.find()).as("%s in %s", regex, plan).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
