package fr.ambassade;

import fr.ambassade.accounts.AdminCommandLine;
import fr.ambassade.providers.ImportCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class AmbassadeApplication {

    public static void main(String[] args) {
        if (ImportCommandLine.handles(args)) {
            System.exit(ImportCommandLine.run(AmbassadeApplication.class, args));
        }
        if (AdminCommandLine.handles(args)) {
            System.exit(AdminCommandLine.run(AmbassadeApplication.class, args));
        }
        SpringApplication.run(AmbassadeApplication.class, args);
    }
}
