package org.govex.schemas.bench;

import org.govex.schemas.code.CitizenIds;
import org.govex.schemas.code.CreditCodes;
import org.govex.schemas.codec.RecordCodec;
import org.govex.schemas.codec.RecordFormat;
import org.govex.schemas.record.BaseRecord;
import org.govex.schemas.record.Indicator;
import org.govex.schemas.record.LegalEntity;
import org.govex.schemas.record.MonetaryAmount;
import org.govex.schemas.record.Person;
import org.govex.schemas.record.Place;
import org.govex.schemas.record.RecordType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Realistic, valid 1,000-record batches of each type (Hangzhou districts, correct check digits). */
final class Batches {

    static final String[] DISTRICTS = {"330102", "330105", "330106", "330108", "330109", "330110"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "杰"};
    static final OffsetDateTime UPDATED = OffsetDateTime.parse("2024-07-01T10:00:00+08:00");

    private Batches() {
    }

    static List<BaseRecord> of(RecordType type, int n) {
        List<BaseRecord> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(switch (type) {
                case PERSON -> person(i);
                case LEGAL_ENTITY -> legalEntity(i);
                case PLACE -> place(i);
                case INDICATOR -> indicator(i);
            });
        }
        return l;
    }

    static byte[] bytes(RecordType type, RecordFormat f, int n) {
        return RecordCodec.standard().toBytes(type, f, of(type, n));
    }

    static Person person(int i) {
        String d = DISTRICTS[i % DISTRICTS.length];
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays((i * 37L) % 20000);
        String first17 = d + birth.toString().replace("-", "") + String.format("%03d", (i / 6) % 1000);
        String id = first17 + CitizenIds.checkCharacter(first17);
        String sex = ((id.charAt(16) - '0') & 1) == 1 ? "1" : "2";
        return new Person(id, SURNAMES[i % 10] + GIVEN[(i / 10) % 10] + GIVEN[(i / 7) % 10], sex, birth, "01", "CHN", d,
                "浙江省杭州市文三路" + (i % 500 + 1) + "号", "20", null, UPDATED);
    }

    static LegalEntity legalEntity(int i) {
        String d = DISTRICTS[i % DISTRICTS.length];
        String first17 = "91" + d + String.format("MA2%06d", i % 1_000_000);
        String uscc = first17 + CreditCodes.checkCharacter(first17);
        return new LegalEntity(uscc, "杭州" + SURNAMES[i % 10] + "氏数据科技有限公司" + i, "company", SURNAMES[i % 10] + GIVEN[i % 10], d,
                "浙江省杭州市西湖区文一西路" + (i % 900 + 1) + "号", LocalDate.of(2015, 1, 1).plusDays(i % 3000),
                new MonetaryAmount(BigDecimal.valueOf(1_000_000L + i * 1000L), "CNY"), "软件开发；数据处理和存储支持服务", "active",
                "杭州市市场监督管理局", UPDATED);
    }

    static Place place(int i) {
        double x = 120.05 + (i % 100) * 0.001;
        double y = 30.20 + (i / 100) * 0.001;
        String wkt = String.format("<http://www.opengis.net/def/crs/EPSG/0/4490> POLYGON((%.4f %.4f, %.4f %.4f, %.4f %.4f, %.4f %.4f, %.4f %.4f))",
                x, y, x + 0.0005, y, x + 0.0005, y + 0.0005, x, y + 0.0005, x, y);
        return new Place("hz-parcel-" + i, "parcel", "地块" + i, DISTRICTS[i % DISTRICTS.length], wkt, new BigDecimal("2670"),
                "0701", null, LocalDate.of(2020, 1, 1), null, UPDATED);
    }

    static Indicator indicator(int i) {
        int year = 2000 + i % 25;
        int q = 1 + (i / 25) % 4;
        return new Indicator("A" + String.format("%06d", i / 100), "地区生产总值", DISTRICTS[i % DISTRICTS.length], year + "-Q" + q, "Q",
                new BigDecimal(String.format("%d.%02d", 1000 + i, i % 100)), "亿元", "final", "杭州市统计局", UPDATED);
    }
}
