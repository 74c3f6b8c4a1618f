package org.govex.schemas.codec;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.govex.schemas.record.BaseRecord;
import org.govex.schemas.record.Indicator;
import org.govex.schemas.record.LegalEntity;
import org.govex.schemas.record.MonetaryAmount;
import org.govex.schemas.record.Person;
import org.govex.schemas.record.Place;
import org.govex.schemas.record.RecordType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON → XML → RDF (Turtle, JSON-LD, RDF/XML) → JSON gives back the same record, for generated records of every type. */
class RoundTripProperties {

    private final RecordCodec codec = RecordCodec.standard();

    @Property(tries = 150)
    void persons(@ForAll("persons") Person p) {
        assertRoundTrip(p);
    }

    @Property(tries = 150)
    void legalEntities(@ForAll("legalEntities") LegalEntity l) {
        assertRoundTrip(l);
    }

    @Property(tries = 150)
    void places(@ForAll("places") Place p) {
        assertRoundTrip(p);
    }

    @Property(tries = 150)
    void indicators(@ForAll("indicators") Indicator i) {
        assertRoundTrip(i);
    }

    @Property(tries = 200)
    void compiledRulesAgreeWithHibernateValidator(@ForAll("anyRecord") BaseRecord r) {
        org.govex.schemas.validation.RecordValidator v = org.govex.schemas.validation.RecordValidator.standard();
        for (Locale l : List.of(Locale.ENGLISH, Locale.CHINESE)) {
            assertThat(v.validate(r, l)).isEqualTo(v.validateWithHibernateValidator(r, l));
        }
    }

    @Provide
    Arbitrary<BaseRecord> anyRecord() {
        return Arbitraries.oneOf(persons(), legalEntities(), places(), indicators());
    }

    private void assertRoundTrip(BaseRecord original) {
        RecordType type = original.type();
        BaseRecord r = original;
        for (RecordFormat f : List.of(RecordFormat.JSON, RecordFormat.XML, RecordFormat.TURTLE, RecordFormat.JSON_LD,
                RecordFormat.RDF_XML, RecordFormat.NDJSON, RecordFormat.JSON)) {
            byte[] bytes = codec.toBytes(f, r);
            List<BaseRecord> back = codec.<BaseRecord>readAll(type, f, new ByteArrayInputStream(bytes), Locale.ENGLISH).records();
            assertThat(back).as(f.name()).hasSize(1);
            r = back.get(0);
            assertThat(r).as(f.name()).isEqualTo(original);
        }
    }

    // ---------------------------------------------------------------- generators

    private static Arbitrary<String> text(int max) {
        Arbitrary<String> s = Arbitraries.strings().withChars("张王李赵刘陈杨黄周吴西湖区文三路号杭州市abcXYZ0129 -_.,<>&\"'()（）")
                .ofMinLength(1).ofMaxLength(max);
        return s.filter(x -> !x.isBlank());
    }

    private static Arbitrary<String> optionalText(int max) {
        return text(max).injectNull(0.3);
    }

    private static Arbitrary<String> code(String... codes) {
        return Arbitraries.of(codes);
    }

    private static Arbitrary<String> digits(int n) {
        return Arbitraries.strings().numeric().ofLength(n);
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(-30000, 20000).map(d -> LocalDate.of(1970, 1, 1).plusDays(d));
    }

    private static Arbitrary<OffsetDateTime> instants() {
        return Combinators.combine(Arbitraries.longs().between(0, 2_000_000_000L), Arbitraries.integers().between(0, 999),
                Arbitraries.of(0, 8, -5, 14)).as((s, ms, h) -> OffsetDateTime.ofInstant(
                java.time.Instant.ofEpochSecond(s).plusMillis(ms == 0 ? 0 : ms), ZoneOffset.ofHours(h)));
    }

    private static Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L), Arbitraries.integers().between(0, 6))
                .as(BigDecimal::valueOf);
    }

    @Provide
    Arbitrary<Person> persons() {
        return Builders.withBuilder(() -> new Object[11])
                .use(Arbitraries.strings().withChars("0123456789X").ofLength(18)).in((a, v) -> { a[0] = v; return a; })
                .use(text(50)).in((a, v) -> { a[1] = v; return a; })
                .use(code("0", "1", "2", "9")).in((a, v) -> { a[2] = v; return a; })
                .use(dates()).in((a, v) -> { a[3] = v; return a; })
                .use(code("01", "02", "56", "97").injectNull(0.3)).in((a, v) -> { a[4] = v; return a; })
                .use(code("CHN", "USA", "KOR").injectNull(0.3)).in((a, v) -> { a[5] = v; return a; })
                .use(digits(6)).in((a, v) -> { a[6] = v; return a; })
                .use(optionalText(200)).in((a, v) -> { a[7] = v; return a; })
                .use(code("10", "20", "40").injectNull(0.3)).in((a, v) -> { a[8] = v; return a; })
                .use(dates().injectNull(0.7)).in((a, v) -> { a[9] = v; return a; })
                .use(instants()).in((a, v) -> { a[10] = v; return a; })
                .build(a -> Person.SHAPE.create(a));
    }

    @Provide
    Arbitrary<LegalEntity> legalEntities() {
        Arbitrary<MonetaryAmount> money = Combinators.combine(decimals(), code("CNY", "USD", "HKD"))
                .as(MonetaryAmount::new).injectNull(0.3);
        return Builders.withBuilder(() -> new Object[12])
                .use(Arbitraries.strings().withChars("0123456789ABCDEFGHJKLMNPQRTUWXY").ofLength(18)).in((a, v) -> { a[0] = v; return a; })
                .use(text(200)).in((a, v) -> { a[1] = v; return a; })
                .use(code("company", "individual", "partnership")).in((a, v) -> { a[2] = v; return a; })
                .use(optionalText(50)).in((a, v) -> { a[3] = v; return a; })
                .use(digits(6)).in((a, v) -> { a[4] = v; return a; })
                .use(optionalText(200)).in((a, v) -> { a[5] = v; return a; })
                .use(dates().injectNull(0.3)).in((a, v) -> { a[6] = v; return a; })
                .use(money).in((a, v) -> { a[7] = v; return a; })
                .use(optionalText(500)).in((a, v) -> { a[8] = v; return a; })
                .use(code("active", "revoked", "cancelled")).in((a, v) -> { a[9] = v; return a; })
                .use(optionalText(100)).in((a, v) -> { a[10] = v; return a; })
                .use(instants()).in((a, v) -> { a[11] = v; return a; })
                .build(a -> LegalEntity.SHAPE.create(a));
    }

    @Provide
    Arbitrary<Place> places() {
        Arbitrary<String> geometry = Combinators.combine(Arbitraries.doubles().between(73, 135).ofScale(6),
                Arbitraries.doubles().between(18, 53).ofScale(6), Arbitraries.of(true, false)).as((x, y, json) -> json
                ? "{\"type\":\"Point\",\"coordinates\":[" + x + "," + y + "]}"
                : "<http://www.opengis.net/def/crs/EPSG/0/4490> POINT(" + x + " " + y + ")");
        return Builders.withBuilder(() -> new Object[11])
                .use(Arbitraries.strings().withChars("abcxyz0123-._").ofMinLength(1).ofMaxLength(64)).in((a, v) -> { a[0] = v; return a; })
                .use(code("parcel", "building", "road", "water")).in((a, v) -> { a[1] = v; return a; })
                .use(optionalText(200)).in((a, v) -> { a[2] = v; return a; })
                .use(digits(6)).in((a, v) -> { a[3] = v; return a; })
                .use(geometry).in((a, v) -> { a[4] = v; return a; })
                .use(decimals().injectNull(0.3)).in((a, v) -> { a[5] = v; return a; })
                .use(code("0701", "01", "1003").injectNull(0.3)).in((a, v) -> { a[6] = v; return a; })
                .use(Arbitraries.strings().withChars("0123456789GBF").ofLength(28).injectNull(0.5)).in((a, v) -> { a[7] = v; return a; })
                .use(dates().injectNull(0.5)).in((a, v) -> { a[8] = v; return a; })
                .use(dates().injectNull(0.5)).in((a, v) -> { a[9] = v; return a; })
                .use(instants()).in((a, v) -> { a[10] = v; return a; })
                .build(a -> Place.SHAPE.create(a));
    }

    @Provide
    Arbitrary<Indicator> indicators() {
        return Builders.withBuilder(() -> new Object[10])
                .use(Arbitraries.strings().withChars("A0123456789.").ofMinLength(1).ofMaxLength(40)).in((a, v) -> { a[0] = v; return a; })
                .use(optionalText(200)).in((a, v) -> { a[1] = v; return a; })
                .use(digits(6)).in((a, v) -> { a[2] = v; return a; })
                .use(code("2024", "2024-Q3", "2023-07", "1999")).in((a, v) -> { a[3] = v; return a; })
                .use(code("A", "Q", "M")).in((a, v) -> { a[4] = v; return a; })
                .use(decimals()).in((a, v) -> { a[5] = v; return a; })
                .use(text(50)).in((a, v) -> { a[6] = v; return a; })
                .use(code("final", "preliminary").injectNull(0.3)).in((a, v) -> { a[7] = v; return a; })
                .use(optionalText(200)).in((a, v) -> { a[8] = v; return a; })
                .use(instants()).in((a, v) -> { a[9] = v; return a; })
                .build(a -> Indicator.SHAPE.create(a));
    }
}
