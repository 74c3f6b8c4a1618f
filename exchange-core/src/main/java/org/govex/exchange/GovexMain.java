package org.govex.exchange;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the runnable jar. {@code --demo} is the same as {@code GOVEX_DEMO=true}.
 */
@QuarkusMain
public class GovexMain {

    public static void main(String... args) {
        for (String arg : args) {
            if ("--demo".equals(arg)) {
                System.setProperty("govex.demo", "true");
            }
        }
        Quarkus.run(args);
    }
}
