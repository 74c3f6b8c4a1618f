package org.govex.schemas.code;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GB/T 2260 registry, loaded once from the classpath copy of the gb2260 CSVs
 * ({@code org/govex/schemas/codes/gb2260}, see its NOTICE.md for source and licence).
 *
 * <p>Policy for historical codes: a division <em>field</em> of a record (domicile, registered
 * seat, the place a feature or statistic belongs to) describes the present, so it must be a
 * <em>current</em> code. Codes embedded in a citizen ID number or credit code were assigned when
 * the number was issued, so there a current code <em>or</em> a code in {@code historical.csv}
 * is accepted. Anything else is rejected.
 */
public final class Divisions {

    private static final String BASE = "/org/govex/schemas/codes/gb2260/";
    private static volatile Divisions standard;

    private final Map<String, Division> byCode;
    private final List<Division> current;

    private Divisions(Map<String, Division> byCode) {
        this.byCode = byCode;
        List<Division> c = new ArrayList<>();
        for (Division d : byCode.values()) {
            if (!d.historical()) {
                c.add(d);
            }
        }
        c.sort((a, b) -> a.code().compareTo(b.code()));
        this.current = Collections.unmodifiableList(c);
    }

    /** The shipped registry (singleton). */
    public static Divisions standard() {
        Divisions d = standard;
        if (d == null) {
            synchronized (Divisions.class) {
                d = standard;
                if (d == null) {
                    d = load();
                    standard = d;
                }
            }
        }
        return d;
    }

    private static Divisions load() {
        Map<String, Division> m = new HashMap<>(8192);
        for (String[] r : SimpleCsv.rows(BASE + "provinces.csv")) {
            m.put(pad(r[0]), new Division(pad(r[0]), r[1], Division.Level.PROVINCE, null, null, null));
        }
        for (String[] r : SimpleCsv.rows(BASE + "cities.csv")) {
            m.put(pad(r[0]), new Division(pad(r[0]), r[1], Division.Level.CITY, pad(r[2]), null, null));
        }
        for (String[] r : SimpleCsv.rows(BASE + "areas.csv")) {
            m.put(pad(r[0]), new Division(pad(r[0]), r[1], Division.Level.COUNTY, pad(r[2]), null, null));
        }
        for (String[] r : SimpleCsv.rows(BASE + "historical.csv")) {
            String code = pad(r[0]);
            m.putIfAbsent(code, new Division(code, r[1], Division.Level.COUNTY, code.substring(0, 4) + "00",
                    Integer.valueOf(r[2]), pad(r[3])));
        }
        return new Divisions(Collections.unmodifiableMap(m));
    }

    /** Pads a 2- or 4-digit prefix to the six-digit code ({@code 3301} → {@code 330100}). */
    public static String pad(String prefix) {
        StringBuilder b = new StringBuilder(prefix.trim());
        while (b.length() < 6) {
            b.append('0');
        }
        return b.toString();
    }

    public Optional<Division> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** A current (not abolished) division. */
    public boolean isCurrent(String code) {
        Division d = code == null ? null : byCode.get(code);
        return d != null && !d.historical();
    }

    /** A current or listed historical division. */
    public boolean isKnown(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** Current divisions sorted by code. */
    public List<Division> current() {
        return current;
    }

    /** Abolished divisions listed in historical.csv, sorted by code. */
    public List<Division> historical() {
        return byCode.values().stream().filter(Division::historical)
                .sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }

    /** Province, city and county names joined, e.g. 浙江省杭州市西湖区. */
    public String fullName(String code) {
        Division d = byCode.get(code);
        if (d == null) {
            return null;
        }
        String parent = d.parentCode() == null ? "" : fullName(d.parentCode());
        String own = "市辖区".equals(d.name()) ? "" : d.name();
        return (parent == null ? "" : parent) + own;
    }
}
