package fr.ambassade.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.StaleEdit;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** A refused change is shown beside the field it names, above the form otherwise. */
class RefusalsTest {

    @Test
    void aRefusalOfAFieldOfTheFormGoesBesideThatField() {
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(new Form(), "form");

        Refusals.into(binding, RefusedChange.onField("code", "settings.error.code.taken", "ESPRIT"));

        FieldError error = binding.getFieldError("code");
        assertThat(error).isNotNull();
        assertThat(error.getCode()).isEqualTo("settings.error.code.taken");
        assertThat(error.getArguments()).containsExactly("ESPRIT");
        assertThat(binding.hasGlobalErrors()).isFalse();
    }

    @Test
    void aRefusalOfTheWholeChangeGoesAboveTheForm() {
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(new Form(), "form");

        Refusals.into(binding, RefusedChange.of("accounts.error.lastAdmin"));

        ObjectError error = binding.getGlobalError();
        assertThat(error.getCode()).isEqualTo("accounts.error.lastAdmin");
        assertThat(binding.hasFieldErrors()).isFalse();
    }

    @Test
    void aRefusalNamingAFieldTheFormLacksGoesAboveTheForm() {
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(new Form(), "form");

        Refusals.into(binding, RefusedChange.onField("logo", "settings.error.logo.empty"));

        assertThat(binding.getGlobalError().getCode()).isEqualTo("settings.error.logo.empty");
    }

    @Test
    void aStaleEditGoesAboveTheFormWithItsModulesMessage() {
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(new Form(), "form");

        Refusals.into(binding, new StaleEdit("providers.error.stale", "provider 7", 3L, 4L));

        assertThat(binding.getGlobalError().getCode()).isEqualTo("providers.error.stale");
    }

    @Test
    void aStaleEditNamesTheObjectAndBothVersionsForTheLogs() {
        StaleEdit stale = new StaleEdit("providers.error.stale", "provider 7", 3L, 4L);

        assertThat(stale.getMessage())
                .isEqualTo("provider 7 was changed by someone else (version 3 expected, 4 found)");
        assertThat(stale.field()).isNull();
    }

    static class Form {
        private String code;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }
    }
}
