package fr.ambassade.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "contact@beffroi.example",
                "jean.dupont+ot@mairie-bethune.fr",
                "o'neil@x.co.uk",
                "éléonore@café.example",
                "a_b-c@sub.domain.example"
            })
    void acceptsAddresses(String address) {
        assertThat(Email.isValid(address)).isTrue();
        assertThat(Email.of(address).value()).isEqualTo(address);
    }

    @Test
    void isNormalisedToLowerCaseWithoutSurroundingSpaces() {
        assertThat(Email.of("  Reservation@Beffroi.EXAMPLE ").value()).isEqualTo("reservation@beffroi.example");
        assertThat(Email.of("A@B.fr")).isEqualTo(Email.of("a@b.fr"));
        assertThat(Email.of("a@b.fr").domain()).isEqualTo("b.fr");
        assertThat(Email.normalize(" X@Y ")).isEqualTo("x@y");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "pas une adresse",
                "name@localhost",
                "a@b",
                "a..b@x.fr",
                ".a@x.fr",
                "a.@x.fr",
                "a@x..fr",
                "a@-x.fr",
                "a@x-.fr",
                "a@x_y.fr",
                "a,b@x.fr",
                "<a>@x.fr",
                "a@b@x.fr",
                "\"a b\"@x.fr",
                "a@[127.0.0.1]",
                "a b@x.fr",
                "a@x.fr.",
                "@x.fr",
                "a@"
            })
    void refusesAnythingElse(String address) {
        assertThat(Email.isValid(address)).as(address).isFalse();
        assertThatThrownBy(() -> Email.of(address)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAbsurdLengthsWithTheReason() {
        String longLocal = "a".repeat(65) + "@x.fr";
        String longAddress = "a@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + "." + "e".repeat(60)
                + "." + "f".repeat(10) + ".fr";
        assertThat(Email.refusal(longLocal)).isEqualTo("e-mail local part longer than 64 characters");
        assertThat(longAddress.length()).isGreaterThan(Email.MAX_LENGTH);
        assertThat(Email.refusal(longAddress)).isEqualTo("e-mail address longer than 254 characters");
        assertThat(Email.refusal("name@localhost")).isEqualTo("not an e-mail address");
        assertThatThrownBy(() -> Email.of(longLocal)).hasMessageContaining("local part longer than 64");
    }

    @Test
    void isStoredAsItsNormalisedText() {
        EmailConverter converter = new EmailConverter();
        assertThat(converter.convertToDatabaseColumn(Email.of("A@B.fr"))).isEqualTo("a@b.fr");
        assertThat(converter.convertToEntityAttribute("a@b.fr")).isEqualTo(Email.of("a@b.fr"));
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    record Form(@ValidEmail String email) {}

    @Test
    void theConstraintCallsTheSameRuleAndLeavesBlankToNotBlank() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(new Form("Contact@Beffroi.example"))).isEmpty();
            assertThat(validator.validate(new Form(null))).isEmpty();
            assertThat(validator.validate(new Form(" "))).isEmpty();
            assertThat(validator.validate(new Form("name@localhost"))).hasSize(1);
            assertThat(validator.validate(new Form("a..b@x.fr"))).hasSize(1);
        }
    }
}
