package fr.ambassade.settings.domain;

import fr.ambassade.shared.MultilingualText;
import java.math.BigDecimal;

/** One criterion of a grid being written (becomes part of a new version). */
public record CriterionDraft(String valueCode, MultilingualText label, BigDecimal weight, boolean mandatory) {}
