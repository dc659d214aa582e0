package fr.ambassade.accounts.domain;

import fr.ambassade.config.AmbassadeProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Whether this run has demo data: {@code ambassade.demo-data}, by default true with the embedded database only. */
@Component
public class DemoMode {

    private final boolean enabled;

    @Autowired
    public DemoMode(AmbassadeProperties properties, Environment environment) {
        this.enabled = properties.demoData() != null
                ? properties.demoData()
                : !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    public DemoMode(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }
}
