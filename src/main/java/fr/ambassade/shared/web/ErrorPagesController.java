package fr.ambassade.shared.web;

import fr.ambassade.shared.i18n.AmbassadeLocaleResolver;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages in the visitor's language without stack traces (403, 404, 500 templates), and
 * {@code application/problem+json} for the API, its title and detail in the language of the API request
 * ({@code ?lang}, else {@code Accept-Language}).
 */
@Controller
public class ErrorPagesController implements ErrorController {

    private final MessageSource messages;

    public ErrorPagesController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView errorPage(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        HttpStatus status = status(request);
        if (isApi(request)) {
            // an API URL opened in a browser still answers problem+json
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            ProblemDetail problem = apiProblem(request, status);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":" + json(problem.getTitle())
                            + ",\"status\":" + status.value()
                            + (problem.getDetail() == null ? "" : ",\"detail\":" + json(problem.getDetail()))
                            + (problem.getInstance() == null
                                    ? ""
                                    : ",\"instance\":"
                                            + json(problem.getInstance().toString()))
                            + "}");
            return null;
        }
        String view = switch (status.value()) {
            case 403 -> "error/403";
            case 404, 405 -> "error/404";
            // a body refused by its size (or without a length) before it was read
            case 411, 413 -> "error/413";
            default -> status.is4xxClientError() ? "error/404" : "error/500";
        };
        response.setStatus(status.value());
        return new ModelAndView(view, java.util.Map.of("status", status.value()), status);
    }

    @RequestMapping("/error")
    public ResponseEntity<ProblemDetail> errorJson(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = isApi(request) ? apiProblem(request, status) : ProblemDetail.forStatus(status);
        if (!isApi(request)) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (uri != null) {
                problem.setInstance(URI.create(uri.toString()));
            }
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * The problem of an API request refused before any controller (401 anonymous, 403 role or CSRF token, 404, 405):
     * title and detail translated (bundle {@code api}; the status's reason phrase for a status without a text).
     */
    private ProblemDetail apiProblem(HttpServletRequest request, HttpStatus status) {
        Locale locale = AmbassadeLocaleResolver.apiLocale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(
                messages.getMessage("api.problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        String detail = messages.getMessage("api.problem.detail." + status.value(), null, null, locale);
        if (detail != null) {
            problem.setDetail(detail);
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(URI.create(uri.toString()));
        }
        return problem;
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer i) {
            HttpStatus s = HttpStatus.resolve(i);
            if (s != null) {
                return s;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
