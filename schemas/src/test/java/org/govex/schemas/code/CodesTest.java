package org.govex.schemas.code;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CodesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);
    private final Divisions divisions = Divisions.standard();

    @Test
    void citizenIdsFollowIso7064Mod11_2() {
        assertThat(CitizenIds.check("11010519491231002X", divisions, TODAY)).isNull(); // the standard's own example
        assertThat(CitizenIds.check("330106199003071236", divisions, TODAY)).isNull();
        assertThat(CitizenIds.check("330106199003071235", divisions, TODAY)).isEqualTo(CitizenIds.CHECK_DIGIT);
        assertThat(CitizenIds.check("33010619900307123", divisions, TODAY)).isEqualTo(CitizenIds.FORMAT);
        assertThat(CitizenIds.check("33010619900307123x", divisions, TODAY)).isEqualTo(CitizenIds.FORMAT);
        // 1990-02-30 does not exist; the check digit is right for these digits
        String feb30 = "33010619900230123";
        assertThat(CitizenIds.check(feb30 + CitizenIds.checkCharacter(feb30), divisions, TODAY)).isEqualTo(CitizenIds.BIRTH_DATE);
        assertThat(CitizenIds.check("339999199001010013", divisions, TODAY)).isEqualTo(CitizenIds.DIVISION);
        assertThat(CitizenIds.sexCode("330106199003071236")).isEqualTo("1");
        assertThat(CitizenIds.sexCode("330106198511120044")).isEqualTo("2");
    }

    @Test
    void historicalDivisionsAreAcceptedInIdNumbersOnly() {
        // 下城区 330103 was merged into 上城区 in 2021
        assertThat(CitizenIds.check("33010319700101001X", divisions, TODAY)).isNull();
        assertThat(divisions.isKnown("330103")).isTrue();
        assertThat(divisions.isCurrent("330103")).isFalse();
        assertThat(divisions.find("330103").orElseThrow().successor()).isEqualTo("330102");
    }

    @Test
    void creditCodesFollowGb32100() {
        assertThat(CreditCodes.check("91440300708461136T", divisions)).isNull(); // 腾讯科技(深圳)有限公司
        assertThat(CreditCodes.check("914403001922038216", divisions)).isNull(); // 华为技术有限公司
        assertThat(CreditCodes.check("91440300708461136U", divisions)).isEqualTo(CreditCodes.CHECK_CHARACTER);
        assertThat(CreditCodes.check("91440300708461136I", divisions)).isEqualTo(CreditCodes.FORMAT); // I is not in the charset
        assertThat(CreditCodes.check("9144030070846113", divisions)).isEqualTo(CreditCodes.FORMAT);
        String unknownDivision = "91999999708461136";
        assertThat(CreditCodes.check(unknownDivision + CreditCodes.checkCharacter(unknownDivision), divisions))
                .isEqualTo(CreditCodes.DIVISION);
    }

    @Test
    void divisionsArePaddedToSixDigits() {
        assertThat(divisions.find("330000").orElseThrow().name()).isEqualTo("浙江省");
        assertThat(divisions.find("330100").orElseThrow().name()).isEqualTo("杭州市");
        Division xihu = divisions.find("330106").orElseThrow();
        assertThat(xihu.name()).isEqualTo("西湖区");
        assertThat(xihu.level()).isEqualTo(Division.Level.COUNTY);
        assertThat(xihu.parentCode()).isEqualTo("330100");
        assertThat(divisions.fullName("330106")).isEqualTo("浙江省杭州市西湖区");
        assertThat(divisions.current()).hasSizeGreaterThan(3000);
    }

    @Test
    void codeListsHoldTheNationalCodes() {
        assertThat(CodeList.ETHNICITY.find("01").orElseThrow().nameZh()).isEqualTo("汉族");
        assertThat(CodeList.ETHNICITY.find("56").orElseThrow().nameZh()).isEqualTo("基诺族");
        assertThat(CodeList.ETHNICITY.contains("57")).isFalse();
        assertThat(CodeList.ETHNICITY.contains("98")).isTrue();
        assertThat(CodeList.SEX.contains("9")).isTrue();
        assertThat(CodeList.SEX.contains("3")).isFalse();
        assertThat(CodeList.MARITAL_STATUS.contains("21")).isTrue();
        assertThat(CodeList.COUNTRY.contains("CHN")).isTrue();
        assertThat(CodeList.COUNTRY.contains("CN")).isFalse();
        assertThat(CodeList.LAND_USE.find("0701").orElseThrow().nameZh()).isEqualTo("城镇住宅用地");
        assertThat(CodeList.CURRENCY.contains("CNY")).isTrue();
    }

    @Test
    void periodsImplyTheirFrequency() {
        assertThat(Periods.frequencyOf("2024")).isEqualTo("A");
        assertThat(Periods.frequencyOf("2024-Q3")).isEqualTo("Q");
        assertThat(Periods.frequencyOf("2024-07")).isEqualTo("M");
        assertThat(Periods.frequencyOf("2024-13")).isNull();
        assertThat(Periods.frequencyOf("2024-Q5")).isNull();
        assertThat(Periods.frequencyOf("24")).isNull();
    }

    @Test
    void geometriesAreParsedAndChecked() {
        assertThat(Geometries.parse("POINT(120.13 30.25)").ok()).isTrue();
        assertThat(Geometries.parse("{\"type\":\"Point\",\"coordinates\":[120.13,30.25]}").ok()).isTrue();
        assertThat(Geometries.parse("POINT(200 30)").failure()).isEqualTo(Geometries.COORDINATE_RANGE);
        assertThat(Geometries.parse("POLYGON((120 30, 121 30, 121 31, 120 30.5))").failure()).isEqualTo(Geometries.NOT_CLOSED);
        // a bow-tie self-intersects
        assertThat(Geometries.parse("POLYGON((120 30, 121 31, 121 30, 120 31, 120 30))").failure()).isEqualTo(Geometries.INVALID);
        assertThat(Geometries.parse("<http://www.opengis.net/def/crs/EPSG/0/3857> POINT(1 1)").failure()).isEqualTo(Geometries.CRS);
        assertThat(Geometries.parse("POLYGON((").failure()).isEqualTo(Geometries.SYNTAX);
        double area = Geometries.areaSquareMetres(Geometries.parse(org.govex.schemas.TestRecords.PARCEL_POLYGON).geometry());
        assertThat(area).isBetween(10_500.0, 10_900.0);
    }
}
