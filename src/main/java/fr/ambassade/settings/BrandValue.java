package fr.ambassade.settings;

import fr.ambassade.shared.MultilingualText;

/**
 * One of the destination's brand values, in display order.
 *
 * @param code stable identifier referred to by grid criteria and applications (e.g. {@code accueil})
 * @param description the short text explaining the value
 */
public record BrandValue(long id, String code, int position, MultilingualText name, MultilingualText description) {}
