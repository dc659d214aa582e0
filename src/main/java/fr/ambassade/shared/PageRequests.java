package fr.ambassade.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Builds page requests from untrusted query parameters: 25 per page by default, 100 at most, pages
 * numbered from 0; missing, negative or absurd values are clamped rather than refused.
 */
public final class PageRequests {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;

    private PageRequests() {}

    public static PageRequest of(Integer page, Integer size) {
        return of(page, size, Sort.unsorted());
    }

    public static PageRequest of(Integer page, Integer size, Sort sort) {
        return PageRequest.of(clampPage(page), clampSize(size), sort == null ? Sort.unsorted() : sort);
    }

    public static int clampSize(Integer size) {
        if (size == null || size <= 0) {
            return DEFAULT_SIZE;
        }
        return Math.min(size, MAX_SIZE);
    }

    public static int clampPage(Integer page) {
        return page == null || page < 0 ? 0 : page;
    }
}
