package fr.ambassade.settings.domain;

import fr.ambassade.settings.Contact;
import fr.ambassade.shared.MultilingualText;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/** The "general" part of the settings, as typed by the director. */
public record GeneralSettings(
        String name,
        String brandName,
        MultilingualText tagline,
        Contact contact,
        List<String> publicLanguages,
        ZoneId timeZone,
        BigDecimal passThresholdPercent,
        int renewalMonths) {}
