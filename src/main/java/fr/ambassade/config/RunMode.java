package fr.ambassade.config;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * How this installation runs. Embedded: no {@code SPRING_DATASOURCE_URL}, the embedded PostgreSQL in the data
 * directory (zero installation). External: a PostgreSQL server given by {@code SPRING_DATASOURCE_URL} (production).
 * Demo data ({@code ambassade.demo-data}) default to true in the embedded mode and false against an external
 * database; an explicit setting always wins.
 */
@Component
public class RunMode {

    private final boolean embedded;
    private final boolean demoData;

    @Autowired
    RunMode(Environment environment, AmbassadeProperties properties) {
        this(isEmbedded(environment), properties.demoData());
    }

    RunMode(boolean embedded, Boolean demoDataSetting) {
        this.embedded = embedded;
        this.demoData = demoDataSetting != null ? demoDataSetting : embedded;
    }

    /** True when this run uses the embedded PostgreSQL (no {@code spring.datasource.url}). */
    public boolean isEmbedded() {
        return embedded;
    }

    /** True when the first start seeds the demo destination and the demo logins. */
    public boolean demoData() {
        return demoData;
    }

    /** The demo-data rule for code that runs before this bean can be injected. */
    public static boolean demoData(AmbassadeProperties properties, Environment environment) {
        return new RunMode(isEmbedded(environment), properties.demoData()).demoData();
    }

    static boolean isEmbedded(Environment environment) {
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    @Override
    public String toString() {
        return (embedded ? "embedded database" : "external database") + (demoData ? ", demo data" : ", no demo data");
    }
}
