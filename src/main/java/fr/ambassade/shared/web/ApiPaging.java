package fr.ambassade.shared.web;

import org.springframework.data.domain.PageRequest;

/**
 * The {@code page} and {@code size} parameters of a public API list, read by one rule: pages numbered from 0,
 * {@value #DEFAULT_SIZE} items by default, a size above {@value #MAX_SIZE} brought down to {@value #MAX_SIZE}; a
 * negative page, a size of 0 or less, or a value that is not a whole number is refused with
 * {@link InvalidApiParameterException} (400 problem+json). Unlike the HTML lists (which ignore such values, see
 * {@link ListFilters}), an API client is told at once that it sent something wrong.
 *
 * <pre>{@code
 * @GetMapping("/api/v1/things")
 * ApiPage<ThingItem> things(@RequestParam(required = false) String page,
 *         @RequestParam(required = false) String size) {
 *     return ApiPage.of(things.find(ApiPaging.of(page, size).toPageRequest()).map(ThingItem::of));
 * }
 * }</pre>
 *
 * The parameters are taken as strings so that "abc" is refused with this rule's message, not a binder's.
 */
public record ApiPaging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 100;

    public static ApiPaging of(String page, String size) {
        int p = page == null || page.isBlank() ? 0 : number("page", page);
        if (p < 0) {
            throw new InvalidApiParameterException("page", page, "api.paging.negativePage");
        }
        int s = size == null || size.isBlank() ? DEFAULT_SIZE : number("size", size);
        if (s <= 0) {
            throw new InvalidApiParameterException("size", size, "api.paging.sizeTooSmall");
        }
        return new ApiPaging(p, Math.min(s, MAX_SIZE));
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidApiParameterException(name, value, "api.paging.notANumber");
        }
    }

    public PageRequest toPageRequest() {
        return PageRequest.of(page, size);
    }
}
