package fr.ambassade.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

class PagingTest {

    @Test
    void pageRequestsDefaultTo25AndNeverExceed100() {
        assertThat(PageRequests.of(null, null).getPageSize()).isEqualTo(25);
        assertThat(PageRequests.of(0, 0).getPageSize()).isEqualTo(25);
        assertThat(PageRequests.of(0, 5000).getPageSize()).isEqualTo(100);
        assertThat(PageRequests.of(-3, 10).getPageNumber()).isZero();
        assertThat(PageRequests.of(4, 10).getPageNumber()).isEqualTo(4);
    }

    @Test
    void pageViewGivesWhatTemplatesNeed() {
        List<Integer> items = IntStream.range(50, 75).boxed().toList();
        PageView<Integer> view = PageView.of(new PageImpl<>(items, PageRequest.of(2, 25), 260));
        assertThat(view.displayNumber()).isEqualTo(3);
        assertThat(view.totalPages()).isEqualTo(11);
        assertThat(view.hasPrevious()).isTrue();
        assertThat(view.hasNext()).isTrue();
        assertThat(view.firstItem()).isEqualTo(51);
        assertThat(view.lastItem()).isEqualTo(75);
        assertThat(view.window()).containsExactly(0, 1, 2, 3, 4);

        PageView<Integer> last = PageView.of(new PageImpl<>(List.of(1), PageRequest.of(10, 25), 251));
        assertThat(last.hasNext()).isFalse();
        assertThat(last.window()).containsExactly(6, 7, 8, 9, 10);

        PageView<Integer> empty = PageView.of(new PageImpl<>(List.of(), PageRequest.of(0, 25), 0));
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.firstItem()).isZero();
        assertThat(empty.window()).isEmpty();
    }
}
