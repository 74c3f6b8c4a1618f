package org.govex.exchange.schema;

import io.quarkus.test.junit.QuarkusTest;
import org.govex.exchange.problem.Problem;
import org.govex.exchange.testing.Keys;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** The /api/v1/schemas endpoints with the demo departments' keys. */
@QuarkusTest
class SchemaResourceTest {

    /** 杭州市公安局 prepares person records. */
    private static final String GAJ = Keys.bearer(Keys.department("hz-gaj"));

    private static final String TWO_PERSONS = """
            [{"idNumber":"330106199003071236","name":"张伟","sex":"1","birthDate":"1990-03-07","ethnicity":"01",
              "nationality":"CHN","domicileDivision":"330106","domicileAddress":"浙江省杭州市西湖区文三路90号",
              "updatedAt":"2024-07-01T10:00:00+08:00"},
             {"idNumber":"330106199003071235","name":"李娜","sex":"2","birthDate":"1990-03-07",
              "domicileDivision":"339999","updatedAt":"2024-07-01T10:00:00+08:00"}]""";

    @Test
    void listsTypesAndDataElements() {
        given().header("Authorization", GAJ).get("/api/v1/schemas").then().statusCode(200)
                .body("types.id", hasItems("person", "legal-entity", "place", "indicator"))
                .body("types.find { it.id == 'indicator' }.keyFields", hasItems("indicatorCode", "divisionCode", "period"))
                .body("elements.find { it.id == 'person.idNumber' }.nameZh", equalTo("公民身份号码"))
                .body("elements.find { it.id == 'person.idNumber' }.iri", equalTo("https://govex.org/id/element/person.idNumber"))
                .body("codeLists.id", hasItems("sex", "ethnicity", "division"));
        given().header("Authorization", GAJ).get("/api/v1/schemas/code-lists/division").then().statusCode(200)
                .body("find { it.code == '330106' }.nameZh", equalTo("西湖区"));
        given().header("Authorization", GAJ).get("/api/v1/schemas/code-lists/ethnicity").then().statusCode(200)
                .body("$", hasSize(58));
    }

    @Test
    void needsAKey() {
        given().get("/api/v1/schemas").then().statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void servesXsdShaclAndJsonSchemaByAccept() {
        given().header("Authorization", GAJ).accept("application/xml").get("/api/v1/schemas/person").then().statusCode(200)
                .contentType(startsWith("application/xml"))
                .body(containsString("targetNamespace=\"https://govex.org/ns/person\""))
                .body(containsString("<xs:enumeration value=\"330106\"/>"));
        given().header("Authorization", GAJ).accept("text/turtle").get("/api/v1/schemas/legal-entity").then().statusCode(200)
                .contentType(startsWith("text/turtle"))
                .body(containsString("CreditCode.checkCharacter"));
        given().header("Authorization", GAJ).accept("application/schema+json").get("/api/v1/schemas/indicator").then()
                .statusCode(200).contentType(startsWith("application/schema+json"))
                .body(containsString("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\""));
        given().header("Authorization", GAJ).accept("*/*").get("/api/v1/schemas/person").then()
                .statusCode(200).contentType(startsWith("application/schema+json"));
        given().header("Authorization", GAJ).accept("application/xml").get("/api/v1/schemas/vehicle").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void validatesABatchPerRecordWith200EvenWhenInvalid() {
        given().header("Authorization", GAJ).contentType("application/json").body(TWO_PERSONS)
                .post("/api/v1/schemas/person/validate").then().statusCode(200)
                .body("valid", equalTo(1)).body("invalid", equalTo(1))
                .body("records[0].valid", equalTo(true))
                .body("records[0].key", equalTo("330106199003071236"))
                .body("records[1].index", equalTo(1))
                .body("records[1].valid", equalTo(false))
                .body("records[1].errors.rule", hasItems("CitizenIdNumber.checkDigit", "DivisionCode.unknown"));
    }

    @Test
    void messagesFollowAcceptLanguage() {
        given().header("Authorization", GAJ).header("Accept-Language", "zh-CN").contentType("application/json")
                .body(TWO_PERSONS).post("/api/v1/schemas/person/validate").then().statusCode(200)
                .body("records[1].errors.message", hasItem("校验码错误（ISO 7064 MOD 11-2）"));
    }

    @Test
    void validatesXmlAndTurtle() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <indicators xmlns="https://govex.org/ns/indicator">
                  <indicator><indicatorCode>A020101</indicatorCode><indicatorName>地区生产总值</indicatorName>
                    <divisionCode>330100</divisionCode><period>2024-Q3</period><frequency>Q</frequency>
                    <value>15021.36</value><unit>亿元</unit><updatedAt>2024-10-20T09:00:00+08:00</updatedAt></indicator>
                  <indicator><indicatorCode>A020101</indicatorCode><divisionCode>330100</divisionCode><period>2024-Q3</period>
                    <frequency>M</frequency><value>15021.36</value><unit>亿元</unit><updatedAt>2024-10-20T09:00:00+08:00</updatedAt></indicator>
                </indicators>""";
        given().header("Authorization", GAJ).contentType("application/xml").body(xml)
                .post("/api/v1/schemas/indicator/validate").then().statusCode(200)
                .body("valid", equalTo(1)).body("invalid", equalTo(1))
                .body("records[1].errors[0].rule", equalTo("Indicator.frequencyMismatch"));
        String ttl = """
                PREFIX qb: <http://purl.org/linked-data/cube#>
                PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
                PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
                PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
                PREFIX govex: <https://govex.org/ns/govex#>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <https://govex.org/id/indicator/A020101/330100/2024> a qb:Observation ;
                  govex:indicatorCode "A020101" ; sdmx-dimension:refArea <https://govex.org/id/division/330100> ;
                  sdmx-dimension:refPeriod "2024" ; sdmx-dimension:freq <https://govex.org/id/codelist/frequency/A> ;
                  sdmx-measure:obsValue 20000.5 ; sdmx-attribute:unitMeasure "亿元" ;
                  dct:modified "2025-01-20T09:00:00+08:00"^^xsd:dateTime .
                """;
        given().header("Authorization", GAJ).contentType("text/turtle").body(ttl)
                .post("/api/v1/schemas/indicator/validate").then().statusCode(200)
                .body("valid", equalTo(1)).body("records[0].key", equalTo("A020101/330100/2024"));
    }

    @Test
    void unreadableBodiesAreProblems() {
        given().header("Authorization", GAJ).contentType("application/json").body("[{\"name\": ")
                .post("/api/v1/schemas/person/validate").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE person [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <person xmlns="https://govex.org/ns/person"><name>&xxe;</name></person>""";
        given().header("Authorization", GAJ).contentType("application/xml").body(xxe)
                .post("/api/v1/schemas/person/validate").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://govex.org/problems/unreadable-request/xml-dtd"))
                .body("detail", containsString("DOCTYPE"));
        given().header("Authorization", GAJ).contentType("application/json").body("[{\"name\":" + "[".repeat(50) + "]".repeat(50) + "}]")
                .post("/api/v1/schemas/person/validate").then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("maxDepth"));
        given().header("Authorization", GAJ).contentType("application/json").body(new byte[]{'[', '{', '"', 'n', '"', ':', '"', (byte) 0xC3, '"', '}', ']'})
                .post("/api/v1/schemas/person/validate").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("UTF-8"));
        given().header("Authorization", GAJ).contentType("text/csv").body("a,b")
                .post("/api/v1/schemas/person/validate").then().statusCode(415).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void convertsBetweenForms() {
        String json = """
                {"uscc":"91440300708461136T","name":"腾讯科技(深圳)有限公司","entityType":"company","divisionCode":"440305",
                 "registeredCapital":{"amount":65000000,"currency":"CNY"},"status":"active","updatedAt":"2024-07-01T10:00:00+08:00"}""";
        String turtle = given().header("Authorization", GAJ).contentType("application/json").accept("text/turtle").body(json)
                .post("/api/v1/schemas/legal-entity/convert").then().statusCode(200).contentType(startsWith("text/turtle"))
                .body(containsString("rov:RegisteredOrganization")).body(containsString("schema:MonetaryAmount"))
                .extract().asString();
        given().header("Authorization", GAJ).contentType("text/turtle").accept("application/xml").body(turtle)
                .post("/api/v1/schemas/legal-entity/convert").then().statusCode(200)
                .body(containsString("<legalEntity xmlns=\"https://govex.org/ns/legal-entity\">"))
                .body(containsString("<uscc>91440300708461136T</uscc>"))
                .body(containsString("<amount>65000000</amount>"));
        given().header("Authorization", GAJ).contentType("application/json").accept("application/json")
                .body("[{\"uscc\":\"91440300708461136T\",\"establishedDate\":\"2000-02-30\"}]")
                .post("/api/v1/schemas/legal-entity/convert").then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("[0].establishedDate"))
                .body("errors[0].rule", equalTo("Type.date"));
    }
}
