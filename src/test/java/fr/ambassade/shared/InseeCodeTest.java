package fr.ambassade.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InseeCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"62119", "59350", "2A004", "2b033", "97105", "01001", "75056"})
    void acceptsCommuneCodes(String code) {
        assertThat(InseeCode.isValid(code)).isTrue();
        assertThat(InseeCode.of(code).value()).hasSize(5).isUpperCase();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "6211", "621190", "20000", "2C004", "00123", "96001", "ABCDE", "62 11"})
    void refusesAnythingElse(String code) {
        assertThat(InseeCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> InseeCode.of(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsItsDepartment() {
        assertThat(InseeCode.of("62119").department()).isEqualTo("62");
        assertThat(InseeCode.of("2A004").department()).isEqualTo("2A");
        assertThat(InseeCode.of("97105").department()).isEqualTo("971");
    }

    @Test
    void isAValue() {
        assertThat(InseeCode.of(" 2a004 ")).isEqualTo(InseeCode.of("2A004"));
        assertThat(new InseeCodeConverter().convertToEntityAttribute("62119")).isEqualTo(InseeCode.of("62119"));
    }

    record Form(@ValidInseeCode String communeCode) {}

    @Test
    void theConstraintCallsTheSameRule() {
        try (var factory = jakarta.validation.Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator();
            assertThat(validator.validate(new Form("2a004"))).isEmpty();
            assertThat(validator.validate(new Form(""))).isEmpty();
            assertThat(validator.validate(new Form("20000"))).hasSize(1);
            assertThat(validator.validate(new Form("0A123"))).hasSize(1);
        }
    }
}
