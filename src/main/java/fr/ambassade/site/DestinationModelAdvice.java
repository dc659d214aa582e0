package fr.ambassade.site;

import fr.ambassade.settings.Destination;
import fr.ambassade.settings.DestinationSettings;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every view the destination ({@code destination}): brand name in the header, theme, logo. */
@ControllerAdvice
class DestinationModelAdvice {

    private final DestinationSettings settings;

    DestinationModelAdvice(DestinationSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("destination")
    Destination destination() {
        return settings.current();
    }
}
