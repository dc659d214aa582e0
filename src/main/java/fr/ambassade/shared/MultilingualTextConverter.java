package fr.ambassade.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link MultilingualText} as a JSON object. Use on a {@code jsonb} column together with
 * {@code @Column(columnDefinition = "jsonb")} and {@code @ColumnTransformer(write = "?::jsonb")} (see
 * {@link MultilingualText}). A null attribute is SQL null; an empty text is stored as {@code {}} so that
 * {@code not null} columns accept it. SQL null reads back as an empty text.
 */
@Converter
public class MultilingualTextConverter implements AttributeConverter<MultilingualText, String> {

    @Override
    public String convertToDatabaseColumn(MultilingualText attribute) {
        return attribute == null ? null : attribute.toJson();
    }

    @Override
    public MultilingualText convertToEntityAttribute(String dbData) {
        return dbData == null ? MultilingualText.empty() : MultilingualText.fromJson(dbData);
    }
}
