package fr.ambassade.shared.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a public API list, the JSON envelope every list of the API answers with:
 * {@code {"items": [...], "page": 0, "size": 50, "total": 123}}. {@code page} is numbered from 0, {@code size} is
 * the page size applied (after clamping, see {@link ApiPaging}), {@code total} the number of items of all pages.
 *
 * @param <T> the item type: a record made for the API, never an entity
 */
public record ApiPage<T>(List<T> items, int page, int size, long total) {

    public ApiPage {
        items = List.copyOf(items);
    }

    public static <T> ApiPage<T> of(Page<T> page) {
        return new ApiPage<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
    }

    /** The page {@code paging} asks for of a list already in memory (short lists: communes of the territory…). */
    public static <S, T> ApiPage<T> slice(List<S> all, ApiPaging paging, Function<S, T> mapper) {
        long from = Math.min((long) paging.page() * paging.size(), all.size());
        int to = (int) Math.min(from + paging.size(), all.size());
        return new ApiPage<>(
                all.subList((int) from, to).stream().map(mapper).toList(), paging.page(), paging.size(), all.size());
    }
}
