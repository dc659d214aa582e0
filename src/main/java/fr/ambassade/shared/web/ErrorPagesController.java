package fr.ambassade.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages in the visitor's language without stack traces (403, 404, 500 templates), and
 * {@code application/problem+json} for the API.
 */
@Controller
public class ErrorPagesController implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView errorPage(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        HttpStatus status = status(request);
        if (isApi(request)) {
            // an API URL opened in a browser still answers problem+json
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                            + "\",\"status\":" + status.value()
                            + (uri == null
                                    ? ""
                                    : ",\"instance\":\"" + uri.toString().replace("\"", "") + "\"") + "}");
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
        ProblemDetail problem = ProblemDetail.forStatus(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(URI.create(uri.toString()));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
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
