package fr.ambassade.settings.domain;

import fr.ambassade.settings.Destination;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.shared.pdf.PdfBrand;
import fr.ambassade.shared.pdf.PdfBranding;
import org.springframework.stereotype.Component;

/** The destination's names and colours for the PDFs of every module ({@code shared/pdf/PdfRenderer}). */
@Component
class SettingsPdfBranding implements PdfBranding {

    private final DestinationSettings settings;

    SettingsPdfBranding(DestinationSettings settings) {
        this.settings = settings;
    }

    @Override
    public PdfBrand current() {
        Destination d = settings.current();
        return new PdfBrand(
                d.name(),
                d.brandName(),
                d.colours().text(),
                d.colours().background(),
                d.accent().text(),
                d.accent().background());
    }
}
