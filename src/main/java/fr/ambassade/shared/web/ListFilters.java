package fr.ambassade.shared.web;

import fr.ambassade.shared.PageRequests;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The filters of an HTML list are GET parameters, so that a filtered view is a link staff can share, bookmark or
 * type. A value the list does not know (an unknown enum value, {@code noCoordinates=maybe}, a date that is no
 * date, {@code page=abc}, a sort key the list has no use for) is <b>ignored</b>: the list answers 200 with the
 * other filters applied, and the page names what it ignored (the admin layout shows {@link #MODEL_ATTRIBUTE},
 * message {@code filters.ignored}). Never a 400 page: a link from an older version or a typo must not break.
 *
 * <p>How a list uses it:
 *
 * <pre>{@code
 * @GetMapping
 * String list(@ModelAttribute("filters") MyFilters filters, BindingResult binding, HttpServletRequest request,
 *         Model model) {
 *     ListFilters.ignoreUnreadable(binding, model);            // typed fields the binder could not convert
 *     PageRequest page = ListFilters.page(request, model);    // page and size; any sort parameter is ignored
 *     ...
 * }
 * }</pre>
 *
 * The {@code BindingResult} right after the form is what keeps Spring from answering 400: a field it cannot
 * convert is left unset (so the filter does not apply) and recorded as a field error, which
 * {@link #ignoreUnreadable} turns into the message. A filter read as a plain string (a {@code @RequestParam}) is
 * converted by {@link #enumValue}.
 */
public final class ListFilters {

    /** Model attribute holding the {@link Ignored} values, shown by {@code layout/admin.html}. */
    public static final String MODEL_ATTRIBUTE = "ignoredFilters";

    private static final int MAX_SHOWN_LENGTH = 60;

    private ListFilters() {}

    /** One ignored value: the parameter's name and the value as given (shortened). */
    public record Ignored(String name, String value) {}

    /** Names the fields of a filter form that the binder could not convert (left unset, so not applied). */
    public static void ignoreUnreadable(BindingResult binding, Model model) {
        for (FieldError error : binding.getFieldErrors()) {
            ignore(model, error.getField(), error.getRejectedValue());
        }
    }

    /** The constant of {@code type} named {@code raw} (case-insensitive), else {@code null}, named when unknown. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String raw, Model model) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            ignore(model, name, raw);
            return null;
        }
    }

    /**
     * The page asked for by the {@code page} (from 0) and {@code size} parameters, unsorted: a page or size that is
     * not a number, a negative page or a size below 1 is ignored and named (the first page, 25 per page); a size
     * above 100 is brought down to 100. A {@code sort} parameter is ignored and named: lists that sort take their
     * own typed parameter (e.g. {@code order}), so that only known sort keys ever reach a query.
     */
    public static PageRequest page(HttpServletRequest request, Model model) {
        Integer page = number(request, "page", 0, model);
        Integer size = number(request, "size", 1, model);
        String[] sort = request.getParameterValues("sort");
        if (sort != null) {
            ignore(model, "sort", sort);
        }
        return PageRequests.of(page, size);
    }

    private static Integer number(HttpServletRequest request, String name, int min, Model model) {
        String raw = request.getParameter(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        ignore(model, name, raw);
        return null;
    }

    /** Records an ignored value (also for checks a list makes itself). */
    @SuppressWarnings("unchecked")
    public static void ignore(Model model, String name, Object value) {
        List<Ignored> ignored = (List<Ignored>) model.getAttribute(MODEL_ATTRIBUTE);
        if (ignored == null) {
            ignored = new ArrayList<>();
            model.addAttribute(MODEL_ATTRIBUTE, ignored);
        }
        ignored.add(new Ignored(name, shown(value)));
    }

    private static String shown(Object value) {
        String text = value instanceof String[] values ? String.join(", ", values) : String.valueOf(value);
        return text.length() <= MAX_SHOWN_LENGTH ? text : text.substring(0, MAX_SHOWN_LENGTH) + "…";
    }
}
