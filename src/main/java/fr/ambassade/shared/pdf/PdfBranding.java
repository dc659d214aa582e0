package fr.ambassade.shared.pdf;

/** Provides the destination's current {@link PdfBrand}; implemented by the settings module. */
public interface PdfBranding {
    PdfBrand current();
}
