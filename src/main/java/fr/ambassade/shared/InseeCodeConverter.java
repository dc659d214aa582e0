package fr.ambassade.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link InseeCode} as its five characters. */
@Converter
public class InseeCodeConverter implements AttributeConverter<InseeCode, String> {

    @Override
    public String convertToDatabaseColumn(InseeCode attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public InseeCode convertToEntityAttribute(String dbData) {
        return dbData == null ? null : new InseeCode(dbData);
    }
}
