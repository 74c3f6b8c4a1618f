package org.govex.exchange.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.govex.exchange.catalog.CatalogApiTest.GAJ;
import static org.govex.exchange.catalog.CatalogApiTest.MZJ;
import static org.govex.exchange.catalog.CatalogApiTest.body;
import static org.govex.exchange.catalog.CatalogApiTest.newCode;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Create and update in every representation GET offers: GB/T 21063 XML, Turtle, JSON-LD, RDF/XML. */
@QuarkusTest
class CatalogInputTest {

    static final String RESOURCES = "/api/v1/catalog/resources";
    static final String TITLE = "拱墅区流动人口居住登记信息";
    static final String EDITED = "拱墅区流动人口居住登记信息（含租住地址）";

    /** A GB/T 21063 document as a department writes it by hand. */
    static String xml(String code, String title) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <信息资源 xmlns="https://govex.org/ns/gbt21063">
                  <信息资源代码>%s</信息资源代码>
                  %s
                  <信息资源分类>301001</信息资源分类>
                  <信息资源摘要>西湖区(330106)流动人口居住登记信息，含公民身份号码与居住地址。</信息资源摘要>
                  <关键字>流动人口</关键字>
                  <关键字>西湖区</关键字>
                  <信息资源提供方代码>hz-gaj</信息资源提供方代码>
                  <所属基础库>不属于基础库</所属基础库>
                  <信息资源格式>JSON</信息资源格式>
                  <信息项>
                    <信息项描述>
                      <信息项名称>公民身份号码</信息项名称><字段名>idNumber</字段名><数据元>person.idNumber</数据元>
                      <数据类型>string</数据类型><数据长度>18</数据长度><是否必填>是</是否必填><敏感级别>3</敏感级别>
                    </信息项描述>
                    <信息项描述>
                      <信息项名称>居住地址</信息项名称><字段名>residenceAddress</字段名>
                      <数据类型>string</数据类型><数据长度>200</数据长度><是否必填>否</是否必填><敏感级别>3</敏感级别>
                    </信息项描述>
                  </信息项>
                  <共享属性>
                    <共享类型>有条件共享</共享类型>
                    <共享条件>用于实有人口管理和社区服务</共享条件>
                    <共享依据>《居住证暂行条例》</共享依据>
                  </共享属性>
                  <开放属性><是否向社会开放>不予开放</是否向社会开放></开放属性>
                  <更新周期>每日</更新周期>
                </信息资源>
                """.formatted(code, title == null ? "" : "<信息资源名称>" + title + "</信息资源名称>");
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void createsFromGbt21063XmlWithChineseTitle() {
        String code = newCode();
        given().header("Authorization", GAJ).contentType("application/xml; charset=UTF-8").accept(ContentType.JSON)
                .body(utf8(xml(code, "西湖区流动人口居住登记信息")))
                .post(RESOURCES).then().log().ifValidationFails().statusCode(201)
                .header("Location", containsString(RESOURCES + "/" + code))
                .body("titleZh", equalTo("西湖区流动人口居住登记信息"))
                .body("status", equalTo("DRAFT")).body("version", equalTo(1));
        given().header("Authorization", GAJ).accept(ContentType.JSON).get(RESOURCES + "/" + code)
                .then().statusCode(200)
                .body("shareType", equalTo("CONDITIONAL")).body("openType", equalTo("NOT_OPEN"))
                .body("updateCycle", equalTo("DAILY")).body("baseDatabase", equalTo("none"))
                .body("keywords", equalTo(List.of("流动人口", "西湖区")))
                .body("dataItems.name", equalTo(List.of("idNumber", "residenceAddress")))
                .body("dataItems[0].elementId", equalTo("person.idNumber"))
                .body("dataItems[0].required", equalTo(true)).body("dataItems[1].required", equalTo(false));
        // the answer follows Accept: an XML client gets XML back
        String other = newCode();
        given().header("Authorization", GAJ).contentType("text/xml").accept("application/xml")
                .body(utf8(xml(other, "西湖区暂住人口登记信息"))).post(RESOURCES)
                .then().statusCode(201).contentType(startsWith("application/xml"))
                .body(containsString("<信息资源名称>西湖区暂住人口登记信息</信息资源名称>"))
                .body(containsString("<信息资源代码>" + other + "</信息资源代码>"));
    }

    @Test
    void roundTripsEveryRepresentationIntoANewVersion() {
        for (String type : List.of("application/xml", "text/turtle", "application/ld+json", "application/rdf+xml")) {
            String code = newCode();
            given().header("Authorization", GAJ).contentType(ContentType.JSON)
                    .body(body(code, "CONDITIONAL", "用于实有人口管理和社区服务", "《居住证暂行条例》"))
                    .post(RESOURCES).then().statusCode(201);
            String representation = given().header("Authorization", GAJ).accept(type).get(RESOURCES + "/" + code)
                    .then().statusCode(200).contentType(startsWith(type)).extract().asString();
            assertThat(representation).as(type).contains(TITLE);
            given().header("Authorization", GAJ).contentType(type + ";charset=UTF-8").accept(ContentType.JSON)
                    .body(utf8(representation.replace(TITLE, EDITED)))
                    .put(RESOURCES + "/" + code).then().log().ifValidationFails().statusCode(200)
                    .body("titleZh", equalTo(EDITED)).body("version", equalTo(2)).body("status", equalTo("DRAFT"));
            // nothing but the title changed on the way through the representation
            given().header("Authorization", GAJ).get(RESOURCES + "/" + code + "/diff?from=1&to=2")
                    .then().statusCode(200).body("changes.field", equalTo(List.of("titleZh")));
            // the unchanged representation makes no new version
            given().header("Authorization", GAJ).contentType(type).body(utf8(representation.replace(TITLE, EDITED)))
                    .put(RESOURCES + "/" + code).then().statusCode(200);
            given().header("Authorization", GAJ).get(RESOURCES + "/" + code + "/history")
                    .then().statusCode(200).body("version", equalTo(List.of(1, 2)));
        }
    }

    @Test
    void createsFromTurtle() {
        String template = given().header("Authorization", GAJ).accept("text/turtle").get(RESOURCES + "/" + created())
                .then().statusCode(200).extract().asString();
        String code = newCode();
        String turtle = template.replaceAll("301001-\\d{6}", code);
        given().header("Authorization", GAJ).contentType("text/turtle").accept("text/turtle").body(utf8(turtle))
                .post(RESOURCES).then().log().ifValidationFails().statusCode(201)
                .contentType(startsWith("text/turtle")).body(containsString(code));
        given().header("Authorization", GAJ).get(RESOURCES + "/" + code).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("titleZh", equalTo(TITLE));
    }

    @Test
    void missingTitleInXmlIsTheSameProblemAsInJson() {
        given().header("Authorization", GAJ).contentType("application/xml").body(utf8(xml(newCode(), null)))
                .post(RESOURCES).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://govex.org/problems/validation-failed/bean-validation"))
                .body("errors.field", equalTo(List.of("titleZh"))).body("errors.rule", equalTo(List.of("NotBlank")));
        given().header("Authorization", GAJ).contentType("application/xml")
                .body(utf8(xml(newCode(), "西湖区流动人口").replace("有条件共享", "部分共享").replace("<数据长度>18<", "<数据长度>十八<")))
                .post(RESOURCES).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("dataItems[0].length", "shareType")))
                .body("errors.rule", hasItem("Gbt21063.shareType"))
                .body("errors.message", hasItem(containsString("<共享类型>部分共享</共享类型> is not one of 无条件共享, 有条件共享, 不予共享")));
    }

    @Test
    void xmlWithDtdOrEntitiesIsRefused() {
        String xxe = xml(newCode(), "&xxe;").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE 信息资源 [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");
        given().header("Authorization", GAJ).contentType("application/xml").body(utf8(xxe))
                .post(RESOURCES).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://govex.org/problems/unreadable-request/xml-dtd"))
                .body(not(containsString("root:")));
        String laughs = xml(newCode(), "&lol3;").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", """
                <?xml version="1.0"?>
                <!DOCTYPE 信息资源 [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>""");
        given().header("Authorization", GAJ).contentType("application/xml").body(utf8(laughs))
                .post(RESOURCES).then().statusCode(400)
                .body("type", equalTo("https://govex.org/problems/unreadable-request/xml-dtd"));
        given().header("Authorization", GAJ).contentType("application/rdf+xml")
                .body(utf8("<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>"))
                .post(RESOURCES).then().statusCode(400)
                .body("type", equalTo("https://govex.org/problems/unreadable-request/xml-dtd"));
    }

    @Test
    void malformedXmlAndTurtleNameLineAndColumn() {
        String broken = xml(newCode(), "西湖区流动人口").replace("</信息资源摘要>", "</摘要>");
        given().header("Authorization", GAJ).contentType("application/xml").body(utf8(broken))
                .post(RESOURCES).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("line 6, column"))
                .body("errors[0].field", startsWith("line 6, column"))
                .body("errors[0].rule", equalTo("XML.wellFormed"));
        String turtle = """
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                <https://govex.org/id/resource/301001-000777> a dcat:Dataset ;
                    dct:title "西湖区流动人口"@zh
                    dct:description "缺少分号" .
                """;
        given().header("Authorization", GAJ).contentType("text/turtle").body(utf8(turtle))
                .post(RESOURCES).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://govex.org/problems/unreadable-request/rdf"))
                .body("errors[0].field", equalTo("line 5, column 5"))
                .body("errors[0].rule", equalTo("Turtle.syntax"))
                .body("detail", containsString("Malformed Turtle at line 5, column 5"));
    }

    @Test
    void rdfBodyMustHoldExactlyOneDataset() {
        String one = given().header("Authorization", GAJ).accept("text/turtle").get(RESOURCES + "/" + created())
                .then().statusCode(200).extract().asString();
        String two = one + "\n<https://govex.org/id/resource/301001-999998> a <http://www.w3.org/ns/dcat#Dataset> .\n";
        given().header("Authorization", GAJ).contentType("text/turtle").body(utf8(two))
                .post(RESOURCES).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dcat:Dataset")).body("errors[0].rule", equalTo("Dataset.count"))
                .body("errors[0].message", containsString("2 dcat:Dataset"));
        given().header("Authorization", GAJ).contentType("text/turtle")
                .body(utf8("@prefix foaf: <http://xmlns.com/foaf/0.1/> . <https://govex.org/id/provider/hz-gaj> a foaf:Agent ."))
                .post(RESOURCES).then().statusCode(422)
                .body("errors[0].rule", equalTo("Dataset.count")).body("errors[0].message", containsString("0 dcat:Dataset"));
    }

    @Test
    void unknownDataElementInTurtleIsAShaclProblemWithFocusNodeAndPath() {
        String code = created();
        String turtle = given().header("Authorization", GAJ).accept("text/turtle").get(RESOURCES + "/" + code)
                .then().statusCode(200).extract().asString();
        assertThat(turtle).contains("person.idNumber");
        given().header("Authorization", GAJ).contentType("text/turtle")
                .body(utf8(turtle.replace("person.idNumber", "person.passportNumber")))
                .put(RESOURCES + "/" + code).then().log().ifValidationFails().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://govex.org/problems/validation-failed/shacl"))
                .body("errors.field", hasItem(containsString("dataElement")))
                .body("errors.message", hasItem(containsString("https://govex.org/id/resource/" + code + "/item/idNumber")));
        // nothing was stored
        given().header("Authorization", GAJ).get(RESOURCES + "/" + code).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void jsonLdNeverFetchesRemoteContexts() {
        String code = created();
        String jsonld = given().header("Authorization", GAJ).accept("application/ld+json").get(RESOURCES + "/" + code)
                .then().statusCode(200).extract().asString();
        Model m = RDFParser.fromString(jsonld, Lang.JSONLD).toModel();
        assertThat(m.size()).isGreaterThan(10);
        // a remote @context (an address nothing listens on: a fetch would hang or fail differently)
        String remote = "{\"@context\": \"http://127.0.0.1:9/context.jsonld\", \"@id\": \"https://govex.org/id/resource/"
                + code + "\", \"@type\": \"http://www.w3.org/ns/dcat#Dataset\"}";
        given().header("Authorization", GAJ).contentType("application/ld+json").body(utf8(remote))
                .put(RESOURCES + "/" + code).then().statusCode(400)
                .body("type", equalTo("https://govex.org/problems/unreadable-request/jsonld-context"));
        // @import inside an inline context is a fetch too: the document loader refuses it
        String imported = "{\"@context\": {\"@version\": 1.1, \"@import\": \"http://127.0.0.1:9/ctx.jsonld\"},"
                + " \"@id\": \"https://govex.org/id/resource/" + code + "\", \"@type\": \"http://www.w3.org/ns/dcat#Dataset\"}";
        given().header("Authorization", GAJ).contentType("application/ld+json").body(utf8(imported))
                .put(RESOURCES + "/" + code).then().statusCode(400)
                .body("type", equalTo("https://govex.org/problems/unreadable-request/rdf"))
                .body("detail", containsString("not fetched"));
    }

    @Test
    void unsupportedMediaTypeIs415Problem() {
        given().header("Authorization", GAJ).contentType("text/csv").body(utf8("titleZh\n西湖区"))
                .post(RESOURCES).then().statusCode(415).contentType("application/problem+json");
        given().header("Authorization", GAJ).contentType("application/n-triples").body(utf8("<urn:a> <urn:b> <urn:c> ."))
                .put(RESOURCES + "/" + created()).then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void anotherDepartmentCannotUpdateInAnyRepresentationEvenWithAnUnreadableBody() {
        String code = created();
        given().header("Authorization", GAJ).post(RESOURCES + "/" + code + "/publish").then().statusCode(200);
        given().header("Authorization", MZJ).contentType("application/xml").body(utf8("<信息资源><未闭合"))
                .put(RESOURCES + "/" + code).then().statusCode(403).contentType("application/problem+json");
        String xml = given().header("Authorization", MZJ).accept("application/xml").get(RESOURCES + "/" + code)
                .then().statusCode(200).extract().asString();
        given().header("Authorization", MZJ).contentType("application/xml").body(utf8(xml.replace(TITLE, EDITED)))
                .put(RESOURCES + "/" + code).then().statusCode(403);
        // and cannot register for hz-gaj in XML
        given().header("Authorization", MZJ).contentType("application/xml").body(utf8(xml(newCode(), "西湖区流动人口")))
                .post(RESOURCES).then().statusCode(403).contentType("application/problem+json");
    }

    /** A fresh hz-gaj draft made through JSON (another code if a kept test store already holds one). */
    static String created() {
        for (int attempt = 0; ; attempt++) {
            String code = newCode();
            int status = given().header("Authorization", GAJ).contentType(ContentType.JSON)
                    .body(body(code, "CONDITIONAL", "用于实有人口管理和社区服务", "《居住证暂行条例》"))
                    .post(RESOURCES).then().extract().statusCode();
            if (status != 409 || attempt == 5) {
                assertThat(status).as("draft " + code).isEqualTo(201);
                return code;
            }
        }
    }
}
