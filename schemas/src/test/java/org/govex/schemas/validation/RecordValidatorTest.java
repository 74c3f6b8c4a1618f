package org.govex.schemas.validation;

import org.govex.schemas.TestRecords;
import org.govex.schemas.error.Violation;
import org.govex.schemas.record.Indicator;
import org.govex.schemas.record.Person;
import org.govex.schemas.record.Place;
import org.govex.schemas.record.RecordType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RecordValidatorTest {

    private final RecordValidator validator = RecordValidator.standard();

    @Test
    void realisticRecordsOfAllFourTypesAreValid() {
        assertThat(validator.validate(TestRecords.zhangWei())).isEmpty();
        assertThat(validator.validate(TestRecords.liNa())).isEmpty();
        assertThat(validator.validate(TestRecords.xihuCompany())).isEmpty();
        assertThat(validator.validate(TestRecords.parcel())).isEmpty();
        assertThat(validator.validate(TestRecords.gdp())).isEmpty();
    }

    @Test
    void wrongCheckDigitIsReportedWithItsRuleId() {
        Person p = TestRecords.zhangWei();
        Person wrong = new Person("330106199003071235", p.name(), p.sex(), p.birthDate(), p.ethnicity(), p.nationality(),
                p.domicileDivision(), p.domicileAddress(), p.maritalStatus(), p.deathDate(), p.updatedAt());
        assertThat(validator.validate(wrong)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("idNumber", "CitizenIdNumber.checkDigit"));
    }

    @Test
    void idNumberMustAgreeWithBirthDateAndSex() {
        Person p = TestRecords.zhangWei();
        Person other = new Person(p.idNumber(), p.name(), "2", LocalDate.of(1990, 3, 8), p.ethnicity(), p.nationality(),
                p.domicileDivision(), p.domicileAddress(), p.maritalStatus(), p.deathDate(), p.updatedAt());
        assertThat(validator.validate(other)).extracting(Violation::rule)
                .containsExactly("CitizenIdNumber.birthDateMismatch", "CitizenIdNumber.sexMismatch");
    }

    @Test
    void domicileMustBeACurrentDivision() {
        Person p = TestRecords.zhangWei();
        Person old = new Person(p.idNumber(), p.name(), p.sex(), p.birthDate(), "57", "CN", "330103",
                null, null, null, p.updatedAt());
        assertThat(validator.validate(old)).extracting(Violation::field, Violation::rule).containsExactly(
                tuple("domicileDivision", "DivisionCode.unknown"),
                tuple("ethnicity", "Code.ethnicity"),
                tuple("nationality", "Code.country"));
    }

    @Test
    void messagesComeInChineseAndEnglish() {
        Person p = TestRecords.zhangWei();
        Person noName = new Person(p.idNumber(), " ", p.sex(), p.birthDate(), null, null, "330106", null, null, null, p.updatedAt());
        assertThat(validator.validate(noName, Locale.SIMPLIFIED_CHINESE)).extracting(Violation::rule, Violation::message)
                .containsExactly(tuple("NotBlank", "不能为空白"));
        assertThat(validator.validate(noName, Locale.ENGLISH)).extracting(Violation::message)
                .containsExactly("is required and must not be blank");
    }

    @Test
    void placeAreaMustMatchItsGeometryAndFrequencyItsPeriod() {
        Place p = TestRecords.parcel();
        Place wrongArea = new Place(p.featureId(), p.featureType(), p.name(), p.divisionCode(), p.geometry(),
                new BigDecimal("20000"), p.landUseCode(), p.parcelCode(), p.validFrom(), LocalDate.of(2019, 1, 1), p.updatedAt());
        assertThat(validator.validate(wrongArea)).extracting(Violation::field, Violation::rule).containsExactly(
                tuple("area", "Place.areaMismatch"), tuple("validTo", "Place.validityOrder"));
        Indicator g = TestRecords.gdp();
        Indicator monthly = new Indicator(g.indicatorCode(), g.indicatorName(), g.divisionCode(), g.period(), "M",
                g.value(), g.unit(), g.status(), g.source(), g.updatedAt());
        assertThat(validator.validate(monthly)).extracting(Violation::rule).containsExactly("Indicator.frequencyMismatch");
    }

    @Test
    void fieldMapsAreBoundAndValidatedIntoTheReport() {
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("idNumber", TestRecords.ID_LI_NA);
        ok.put("name", "李娜");
        ok.put("sex", "2");
        ok.put("birthDate", "1985-11-12");
        ok.put("domicileDivision", "330106");
        ok.put("ethnicity", "");
        ok.put("updatedAt", "2024-07-01T10:00:00+08:00");
        Map<String, Object> bad = new LinkedHashMap<>(ok);
        bad.put("idNumber", "330106198511120045");
        bad.put("birthDate", "1985-13-12");
        bad.put("nickname", "娜娜");
        Map<String, Object> wrongDigit = new LinkedHashMap<>(ok);
        wrongDigit.put("idNumber", "330106198511120045");

        ValidationReport report = validator.validateAll(RecordType.PERSON, List.of(ok, bad, wrongDigit), Locale.ENGLISH);

        assertThat(report.valid()).isEqualTo(1);
        assertThat(report.invalid()).isEqualTo(2);
        assertThat(report.records().get(0).valid()).isTrue();
        assertThat(report.records().get(0).key()).isEqualTo(TestRecords.ID_LI_NA);
        assertThat(report.records().get(1).errors()).extracting(Violation::field, Violation::rule).containsExactly(
                tuple("birthDate", "Type.date"), tuple("nickname", "Field.unknown"));
        assertThat(report.records().get(2).errors()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("idNumber", "CitizenIdNumber.checkDigit"));
    }

    @Test
    void indicatorValuesMustBeFinite() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("indicatorCode", "A020101");
        row.put("divisionCode", "330100");
        row.put("period", "2024");
        row.put("frequency", "A");
        row.put("value", Double.NaN);
        row.put("unit", "亿元");
        row.put("updatedAt", "2024-07-01T10:00:00+08:00");
        RecordOutcome<?> o = validator.validateFields(RecordType.INDICATOR, 0, row, Locale.ENGLISH);
        assertThat(o.errors()).extracting(Violation::rule).containsExactly("FiniteDecimal.notFinite");
        assertThat(o.key()).isEqualTo("A020101/330100/2024");
        row.put("value", "Infinity");
        assertThat(validator.validateFields(RecordType.INDICATOR, 0, row, Locale.ENGLISH).errors())
                .extracting(Violation::rule).containsExactly("FiniteDecimal.notFinite");
        row.put("value", "15021.36");
        assertThat(validator.validateFields(RecordType.INDICATOR, 0, row, Locale.ENGLISH).valid()).isTrue();
    }
}
