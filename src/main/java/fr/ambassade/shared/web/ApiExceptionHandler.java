package fr.ambassade.shared.web;

import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.NotPermitted;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.RefusedTransition;
import fr.ambassade.shared.StaleEdit;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * API errors as {@code application/problem+json} (RFC 9457), one mapping for every API:
 * <ul>
 * <li>400: a request the API cannot read — an unusable query parameter ({@link InvalidApiParameterException}, e.g.
 * {@code page=-1}), a malformed body, an {@link IllegalArgumentException};</li>
 * <li>403: {@link NotPermitted}, a change the caller's roles do not allow (the route itself is open to them);</li>
 * <li>404: {@link NotFoundException};</li>
 * <li>409: a change the current state refuses — an illegal transition ({@link IllegalStateException}), a
 * {@link RefusedChange} of the whole change, or a stale edit ({@link StaleEdit},
 * {@link OptimisticLockingFailureException});</li>
 * <li>422: well-formed input that is invalid (Bean Validation on a body or a parameter, a {@link RefusedChange} that
 * names a field), with one entry per field in {@code errors}.</li>
 * </ul>
 * Titles and details we write are translated in the language of {@code ?lang=fr|en|nl}, else of the
 * {@code Accept-Language} header (bundle {@code api}). The {@code type} tells problems of the same status apart:
 * {@value #STALE_EDIT} (someone changed the resource since the caller read it: read it again),
 * {@value #REFUSED_CHANGE} (the current state refuses the change; {@code state} and {@code transition} when the
 * refusal is a transition's), {@value #INVALID_INPUT} (422, see {@code errors}), {@value #INVALID_PARAMETER} (400,
 * see {@code parameter}), {@value #NOT_PERMITTED} (403); {@code about:blank} otherwise.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    public static final String STALE_EDIT = "urn:ambassade:problem:stale-edit";
    public static final String REFUSED_CHANGE = "urn:ambassade:problem:refused-change";
    public static final String INVALID_INPUT = "urn:ambassade:problem:invalid-input";
    public static final String INVALID_PARAMETER = "urn:ambassade:problem:invalid-parameter";
    public static final String NOT_PERMITTED = "urn:ambassade:problem:not-permitted";

    private final MessageSource messages;

    public ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        // the exception's message names the object for the logs; the caller reads a translated text
        return problem(HttpStatus.NOT_FOUND, text("api.problem.detail.404"));
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> conflict(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(StaleEdit.class)
    ResponseEntity<ProblemDetail> staleEdit(StaleEdit e) {
        return stale();
    }

    /**
     * A refusal of one field is invalid input (422, the field in {@code errors}); of the whole change, a 409 whose
     * detail is the refusal's message (a transition's refusal adds the {@code state} it was in and the
     * {@code transition}).
     */
    @ExceptionHandler(RefusedChange.class)
    ResponseEntity<ProblemDetail> refused(RefusedChange e) {
        String message = text(e.messageKey(), e.args());
        if (e.field() == null) {
            ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONFLICT, message);
            ProblemDetail body = response.getBody();
            body.setType(URI.create(REFUSED_CHANGE));
            body.setTitle(text("api.problem.title.refusedChange"));
            if (e instanceof RefusedTransition t) {
                body.setProperty("state", t.fromState());
                body.setProperty("transition", t.transitionName());
            }
            return response;
        }
        return invalid(List.of(Map.of("field", e.field(), "message", message)));
    }

    @ExceptionHandler(NotPermitted.class)
    ResponseEntity<ProblemDetail> notPermitted(NotPermitted e) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.FORBIDDEN, text(e.messageKey(), e.args()));
        response.getBody().setType(URI.create(NOT_PERMITTED));
        return response;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleEdit(OptimisticLockingFailureException e) {
        return stale();
    }

    private ResponseEntity<ProblemDetail> stale() {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONFLICT, text("api.problem.staleEdit"));
        response.getBody().setType(URI.create(STALE_EDIT));
        response.getBody().setTitle(text("api.problem.title.staleEdit"));
        return response;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(InvalidApiParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidApiParameterException e) {
        ResponseEntity<ProblemDetail> response =
                problem(HttpStatus.BAD_REQUEST, text(e.messageKey(), e.parameter(), e.value()));
        response.getBody().setProperty("parameter", e.parameter());
        response.getBody().setType(URI.create(INVALID_PARAMETER));
        return response;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidInput(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
                .toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", fieldMessage(f)))
                .toList();
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(invalid(errors).getBody());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> Map.of(
                                "field",
                                String.valueOf(r.getMethodParameter().getParameterName()),
                                "message",
                                messages.getMessage(err, LocaleContextHolder.getLocale()))))
                .toList();
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(invalid(errors).getBody());
    }

    private ResponseEntity<ProblemDetail> invalid(List<Map<String, String>> errors) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.UNPROCESSABLE_CONTENT, text("api.problem.invalid"));
        response.getBody().setType(URI.create(INVALID_INPUT));
        response.getBody().setProperty("errors", errors);
        return response;
    }

    private String fieldMessage(FieldError error) {
        return messages.getMessage(error, LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(text("api.problem.title." + status.value()));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
