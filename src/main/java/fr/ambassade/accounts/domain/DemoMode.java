package fr.ambassade.accounts.domain;

import fr.ambassade.config.RunMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Whether this run has demo data: {@code ambassade.demo-data}, by default true with the embedded database only. */
@Component
public class DemoMode {

    private final boolean enabled;

    @Autowired
    public DemoMode(RunMode runMode) {
        this.enabled = runMode.demoData();
    }

    public DemoMode(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }
}
