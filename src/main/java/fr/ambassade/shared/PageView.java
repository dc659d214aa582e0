package fr.ambassade.shared;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;

/**
 * What a template needs to show one page of results and the pagination links. {@code number} is 0-based
 * (as in the {@code page} query parameter); {@link #displayNumber()} is 1-based for people.
 *
 * <pre>{@code
 * <nav th:if="${view.totalPages > 1}" th:aria-label="#{pagination.label}">
 *   <a th:if="${view.hasPrevious}" th:href="@{''(page=${view.number - 1})}" th:text="#{pagination.previous}">…</a>
 *   <a th:each="p : ${view.window}" th:href="@{''(page=${p})}" th:text="${p + 1}"
 *      th:attrappend="aria-current=${p == view.number} ? 'page'">1</a>
 *   <a th:if="${view.hasNext}" th:href="@{''(page=${view.number + 1})}" th:text="#{pagination.next}">…</a>
 * </nav>
 * }</pre>
 */
public record PageView<T>(List<T> content, int number, int size, int totalPages, long totalElements) {

    private static final int WINDOW = 5;

    public PageView {
        content = List.copyOf(content);
    }

    public static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(
                page.getContent(), page.getNumber(), page.getSize(), page.getTotalPages(), page.getTotalElements());
    }

    public boolean isEmpty() {
        return content.isEmpty();
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < totalPages;
    }

    public int displayNumber() {
        return number + 1;
    }

    /** 1-based index of the first item shown ("results 26–50 of 120"), 0 when empty. */
    public long firstItem() {
        return content.isEmpty() ? 0 : (long) number * size + 1;
    }

    public long lastItem() {
        return content.isEmpty() ? 0 : (long) number * size + content.size();
    }

    /** Up to five 0-based page numbers around the current one, for the page links. */
    public List<Integer> window() {
        int start = Math.max(0, Math.min(number - WINDOW / 2, totalPages - WINDOW));
        int end = Math.min(totalPages, start + WINDOW);
        List<Integer> pages = new ArrayList<>();
        for (int p = start; p < end; p++) {
            pages.add(p);
        }
        return pages;
    }
}
