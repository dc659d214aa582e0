package fr.ambassade.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.StaleEdit;
import fr.ambassade.shared.i18n.I18nConfiguration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;

/** One mapping of refusals to statuses for every API: 409 for what the current state refuses, 422 for invalid input. */
class ApiExceptionHandlerTest {

    ApiExceptionHandler handler;

    @BeforeEach
    void setUp() throws Exception {
        handler = new ApiExceptionHandler(I18nConfiguration.messageSource());
        LocaleContextHolder.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anIllegalTransitionIsAConflict() {
        ResponseEntity<ProblemDetail> response = handler.conflict(new IllegalStateException("MEMBER → CANDIDATE"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().getTitle()).isEqualTo("Conflict");
    }

    @Test
    void aStaleEditIsAConflictWithATranslatedDetail() {
        ResponseEntity<ProblemDetail> response = handler.staleEdit(new OptimisticLockingFailureException("version 3"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().getDetail()).contains("changed in the meantime");

        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(handler.staleEdit(new OptimisticLockingFailureException("v"))
                        .getBody()
                        .getDetail())
                .contains("modifiée entre-temps");
    }

    @Test
    void invalidInputIsUnprocessableWithOneErrorPerField() throws Exception {
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(new Form(), "form");
        binding.rejectValue("email", "ValidEmail", "not an e-mail address");
        MethodParameter parameter =
                new MethodParameter(ApiExceptionHandlerTest.class.getDeclaredMethod("sample", Form.class), 0);

        ResponseEntity<Object> response = handler.handleMethodArgumentNotValid(
                new MethodArgumentNotValidException(parameter, binding),
                new HttpHeaders(),
                HttpStatus.BAD_REQUEST,
                null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        ProblemDetail body = (ProblemDetail) response.getBody();
        assertThat(body.getTitle()).isEqualTo("Invalid input");
        assertThat(body.getProperties())
                .containsEntry(
                        "errors",
                        // the field error is translated from its codes (here the bundles' "ValidEmail" text)
                        List.of(Map.of("field", "email", "message", "This e-mail address is not valid.")));
    }

    @Test
    void anUnusableParameterIsABadRequestNamingIt() {
        ResponseEntity<ProblemDetail> response =
                handler.invalidParameter(new InvalidApiParameterException("page", "-1", "api.paging.negativePage"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().getProperties()).containsEntry("parameter", "page");
        assertThat(response.getBody().getDetail())
                .isEqualTo("The parameter “page” cannot be negative (got “-1”); pages are numbered from 0.");
    }

    @Test
    void aRefusedChangeOfOneFieldIsInvalidInputNamingTheField() {
        ResponseEntity<ProblemDetail> response =
                handler.refused(RefusedChange.onField("code", "settings.error.code.taken", "ESPRIT"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(response.getBody().getProperties())
                .containsEntry(
                        "errors",
                        List.of(Map.of(
                                "field", "code", "message", "The code \"ESPRIT\" is already used by another value.")));
    }

    @Test
    void aRefusedChangeOfTheWholeChangeIsAConflict() {
        ResponseEntity<ProblemDetail> response = handler.refused(RefusedChange.of("accounts.error.email.taken"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().getDetail()).isEqualTo("An account already exists with this e-mail address.");
    }

    @Test
    void aStaleEditOfTheDomainIsAConflict() {
        ResponseEntity<ProblemDetail> response =
                handler.staleEdit(new StaleEdit("providers.error.stale", "provider 7", 3L, 4L));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().getDetail()).contains("changed in the meantime");
    }

    @Test
    void aStaleEditHasItsOwnTypeAndTitle() {
        ResponseEntity<ProblemDetail> response =
                handler.staleEdit(new StaleEdit("providers.error.stale", "provider 7", 3L, 4L));
        assertThat(response.getBody().getType()).hasToString(ApiExceptionHandler.STALE_EDIT);
        assertThat(response.getBody().getTitle()).isEqualTo("Changed in the meantime");
        assertThat(handler.staleEdit(new OptimisticLockingFailureException("v"))
                        .getBody()
                        .getType())
                .hasToString(ApiExceptionHandler.STALE_EDIT);
    }

    @Test
    void aRefusedTransitionNamesTheStateAndTheTransition() {
        class Refused extends RefusedChange implements fr.ambassade.shared.RefusedTransition {
            Refused() {
                super(null, "accounts.error.email.taken");
            }

            @Override
            public String fromState() {
                return "SUBMITTED";
            }

            @Override
            public String transitionName() {
                return "ACCEPT";
            }
        }
        ProblemDetail body = handler.refused(new Refused()).getBody();
        assertThat(body.getStatus()).isEqualTo(409);
        assertThat(body.getType()).hasToString(ApiExceptionHandler.REFUSED_CHANGE);
        assertThat(body.getTitle()).isEqualTo("Change refused");
        assertThat(body.getProperties()).containsEntry("state", "SUBMITTED").containsEntry("transition", "ACCEPT");
    }

    @Test
    void aChangeTheRolesDoNotAllowIsForbiddenWithItsMessage() {
        ResponseEntity<ProblemDetail> response =
                handler.notPermitted(new fr.ambassade.shared.NotPermitted("accounts.error.email.taken"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().getType()).hasToString(ApiExceptionHandler.NOT_PERMITTED);
        assertThat(response.getBody().getTitle()).isEqualTo("Access denied");
        assertThat(response.getBody().getDetail()).isEqualTo("An account already exists with this e-mail address.");
    }

    @SuppressWarnings("unused")
    private void sample(Form form) {}

    static class Form {
        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }
}
