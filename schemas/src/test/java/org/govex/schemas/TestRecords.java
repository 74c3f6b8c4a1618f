package org.govex.schemas;

import org.govex.schemas.record.Indicator;
import org.govex.schemas.record.LegalEntity;
import org.govex.schemas.record.MonetaryAmount;
import org.govex.schemas.record.Person;
import org.govex.schemas.record.Place;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Realistic records of Hangzhou (西湖区 330106) used across tests. */
public final class TestRecords {

    public static final OffsetDateTime UPDATED = OffsetDateTime.parse("2024-07-01T10:00:00+08:00");
    /** 西湖区, born 1990-03-07, sequence 123 (odd: male), check digit 6. */
    public static final String ID_ZHANG_WEI = "330106199003071236";
    /** 西湖区, born 1985-11-12, sequence 004 (even: female), check digit 4. */
    public static final String ID_LI_NA = "330106198511120044";
    /** 腾讯科技(深圳)有限公司 — a real credit code. */
    public static final String USCC_TENCENT = "91440300708461136T";
    /** A credit code registered in 西湖区. */
    public static final String USCC_XIHU = "91330106MA2CFW1X76";
    public static final String PARCEL_POLYGON =
            "<http://www.opengis.net/def/crs/EPSG/0/4490> POLYGON((120.1300 30.2500, 120.1310 30.2500, 120.1310 30.2510, 120.1300 30.2510, 120.1300 30.2500))";

    private TestRecords() {
    }

    public static Person zhangWei() {
        return new Person(ID_ZHANG_WEI, "张伟", "1", LocalDate.of(1990, 3, 7), "01", "CHN", "330106",
                "浙江省杭州市西湖区文三路90号", "20", null, UPDATED);
    }

    public static Person liNa() {
        return new Person(ID_LI_NA, "李娜", "2", LocalDate.of(1985, 11, 12), "01", "CHN", "330106",
                null, null, null, UPDATED);
    }

    public static LegalEntity xihuCompany() {
        return new LegalEntity(USCC_XIHU, "杭州西湖数据科技有限公司", "company", "王芳", "330106",
                "浙江省杭州市西湖区文一西路969号", LocalDate.of(2018, 5, 20),
                new MonetaryAmount(new BigDecimal("5000000"), "CNY"), "数据处理和存储支持服务", "active",
                "杭州市西湖区市场监督管理局", UPDATED);
    }

    public static Place parcel() {
        // ~96.2 m x ~111.2 m at 30.25°N
        return new Place("hz-parcel-330106-0001", "parcel", "西湖区文三路地块", "330106", PARCEL_POLYGON,
                new BigDecimal("10700"), "0701", "330106001001GB00001F00010001", LocalDate.of(2020, 1, 1), null, UPDATED);
    }

    public static Indicator gdp() {
        return new Indicator("A020101", "地区生产总值", "330100", "2024-Q3", "Q", new BigDecimal("15021.36"), "亿元",
                "preliminary", "杭州市统计局", UPDATED);
    }
}
