package org.govex.exchange.demo;

import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.publish.BatchFormat;
import org.govex.exchange.publish.PublishCommand;
import org.govex.exchange.publish.Publisher;
import org.govex.exchange.security.GovexPrincipal;
import org.govex.exchange.security.PrincipalKind;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Demo records through the real publish route: residents of Hangzhou from the public security
 * bureau (authoritative), and one marriage registration by the civil affairs bureau that
 * disagrees on a name — a conflict planners can see.
 */
@ApplicationScoped
public class DemoExchangeStep implements DemoStep {

    private final Publisher publisher;

    public DemoExchangeStep(Publisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String name() {
        return "exchange records";
    }

    @Override
    public void load() {
        String residents = "["
                + person("330106198512120011", "王小明", "1", "1985-12-12", "330106", "浙江省杭州市西湖区文三路90号") + ","
                + person("33010819920315002X", "李娜", "2", "1992-03-15", "330108", "浙江省杭州市滨江区江南大道588号") + ","
                + person("330106197808080034", "张伟", "1", "1978-08-08", "330106", "浙江省杭州市西湖区天目山路148号") + ","
                + person("330102199001010012", "陈杰", "1", "1990-01-01", "330102", "浙江省杭州市上城区解放路25号") + "]";
        publish(DemoCatalog.POPULATION_BASIC, DemoCity.PUBLIC_SECURITY, "杭州市公安局", residents);
        String marriage = "[{\"idNumber\":\"33010819920315002X\",\"name\":\"李哪\",\"sex\":\"2\",\"birthDate\":\"1992-03-15\","
                + "\"domicileDivision\":\"330108\",\"maritalStatus\":\"20\",\"updatedAt\":\"2026-11-02T10:00:00+08:00\"}]";
        publish(DemoCatalog.MARRIAGE_REGISTRATION, DemoCity.CIVIL_AFFAIRS, "杭州市民政局", marriage);
    }

    private void publish(String resource, String department, String name, String body) {
        GovexPrincipal p = new GovexPrincipal(department, PrincipalKind.DEPARTMENT, name, department,
                java.util.Set.of(org.govex.exchange.security.Role.PROVIDER));
        publisher.publish(new PublishCommand(resource, p, "demo-" + resource, BatchFormat.JSON,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
    }

    private static String person(String id, String name, String sex, String birth, String division, String address) {
        return "{\"idNumber\":\"" + id + "\",\"name\":\"" + name + "\",\"sex\":\"" + sex + "\",\"birthDate\":\"" + birth
                + "\",\"ethnicity\":\"01\",\"nationality\":\"CHN\",\"domicileDivision\":\"" + division
                + "\",\"domicileAddress\":\"" + address + "\",\"updatedAt\":\"2026-11-01T09:00:00+08:00\"}";
    }
}
