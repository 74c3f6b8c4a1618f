package org.govex.schemas.code;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The code lists (value domains) used by the base records. National standards ship as CSV
 * resources beside this class; GB/T 2659 (ISO 3166-1 alpha-3) and ISO 4217 come from the JDK.
 * Lookups are constant-time map hits; the lists load once on first use.
 */
public enum CodeList {
    SEX("sex", "GB/T 2261.1-2003", "性别代码", "Sex"),
    MARITAL_STATUS("maritalStatus", "GB/T 2261.2-2003", "婚姻状况代码", "Marital status"),
    ETHNICITY("ethnicity", "GB/T 3304-1991", "中国各民族名称的罗马字母拼写法和代码", "Ethnic group"),
    COUNTRY("country", "GB/T 2659-2000 (ISO 3166-1 alpha-3)", "世界各国和地区名称代码", "Country"),
    CURRENCY("currency", "GB/T 12406-2008 (ISO 4217)", "表示货币的代码", "Currency"),
    LAND_USE("landUse", "GB/T 21010-2017", "土地利用现状分类", "Land use"),
    FEATURE_TYPE("featureType", "govex", "要素类型", "Feature type"),
    ENTITY_TYPE("entityType", "govex", "主体类型", "Legal entity type"),
    REGISTRATION_STATUS("registrationStatus", "govex", "登记状态", "Registration status"),
    FREQUENCY("frequency", "SDMX CL_FREQ", "频度", "Frequency"),
    OBSERVATION_STATUS("observationStatus", "SDMX CL_OBS_STATUS", "观测值状态", "Observation status");

    private final String id;
    private final String standard;
    private final String titleZh;
    private final String titleEn;
    private volatile Map<String, Code> codes;

    CodeList(String id, String standard, String titleZh, String titleEn) {
        this.id = id;
        this.standard = standard;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
    }

    /** Stable identifier used in rule ids ({@code Code.sex}) and IRIs. */
    public String id() {
        return id;
    }

    public String standard() {
        return standard;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    public boolean contains(String code) {
        return code != null && map().containsKey(code);
    }

    public Optional<Code> find(String code) {
        return Optional.ofNullable(code == null ? null : map().get(code));
    }

    public List<Code> codes() {
        return List.copyOf(map().values());
    }

    public static Optional<CodeList> byId(String id) {
        for (CodeList l : values()) {
            if (l.id.equals(id)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    private Map<String, Code> map() {
        Map<String, Code> m = codes;
        if (m == null) {
            synchronized (this) {
                m = codes;
                if (m == null) {
                    m = Collections.unmodifiableMap(load());
                    codes = m;
                }
            }
        }
        return m;
    }

    private Map<String, Code> load() {
        Map<String, Code> m = new LinkedHashMap<>();
        switch (this) {
            case COUNTRY -> {
                List<Code> all = new ArrayList<>();
                for (String alpha2 : Locale.getISOCountries()) {
                    Locale l = new Locale("", alpha2);
                    all.add(new Code(l.getISO3Country(), l.getDisplayCountry(Locale.SIMPLIFIED_CHINESE),
                            l.getDisplayCountry(Locale.ENGLISH)));
                }
                all.sort((a, b) -> a.code().compareTo(b.code()));
                all.forEach(c -> m.put(c.code(), c));
            }
            case CURRENCY -> Currency.getAvailableCurrencies().stream()
                    .sorted((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()))
                    .forEach(c -> m.put(c.getCurrencyCode(), new Code(c.getCurrencyCode(),
                            c.getDisplayName(Locale.SIMPLIFIED_CHINESE), c.getDisplayName(Locale.ENGLISH))));
            default -> {
                for (String[] row : SimpleCsv.rows("/org/govex/schemas/codes/" + fileName())) {
                    m.put(row[0], new Code(row[0], row[1], row[2]));
                }
            }
        }
        return m;
    }

    private String fileName() {
        return switch (this) {
            case MARITAL_STATUS -> "marital-status.csv";
            case LAND_USE -> "land-use.csv";
            case FEATURE_TYPE -> "feature-type.csv";
            case ENTITY_TYPE -> "entity-type.csv";
            case REGISTRATION_STATUS -> "registration-status.csv";
            case OBSERVATION_STATUS -> "observation-status.csv";
            default -> id + ".csv";
        };
    }
}
