package fr.ambassade.settings;

import fr.ambassade.shared.MultilingualText;
import java.math.BigDecimal;

/**
 * One criterion of a grid version, scored 0–3. A mandatory criterion must score at least
 * {@link Grid#MANDATORY_MINIMUM} for an evaluation to pass.
 *
 * @param id unique across versions (evaluations refer to it)
 * @param valueCode the brand value it belongs to
 * @param weight strictly positive
 */
public record GridCriterion(
        long id, String valueCode, int position, MultilingualText label, BigDecimal weight, boolean mandatory) {}
