package fr.ambassade.providers.domain;

import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderCategory;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.search.loading.dsl.SearchLoadingOptionsStep;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text directory search with the French analyser. Each word of the query is matched on the name (boosted),
 * subtype, commune, locality, descriptions and label names, exactly or with typos (edit distance 1 from 4
 * characters, 2 from 7); with three words or more one of them may match nothing ("musee de la mne").
 */
@Service
public class ProviderSearch {

    static final String[] FUZZY_FIELDS = {"subtype", "communeName", "locality", "labels.nameFr", "labels.nameEn"};
    static final String[] TEXT_FIELDS = {"subtype", "communeName", "locality", "descriptions", "labels.nameFr", "labels.nameEn"};
    private static final AggregationKey<Map<ProviderCategory, Long>> BY_CATEGORY = AggregationKey.of("category");
    private static final AggregationKey<Map<NetworkStatus, Long>> BY_STATUS = AggregationKey.of("networkStatus");

    private final EntityManager em;

    ProviderSearch(EntityManager em) {
        this.em = em;
    }

    /** A page of results with the counts per category and per network status of the whole result. */
    public record Result(Page<Provider> page, Map<ProviderCategory, Long> categories, Map<NetworkStatus, Long> statuses) {}

    @Transactional(readOnly = true)
    public Result search(ProviderQuery q, Pageable pageable) {
        SearchSession session = Search.session(em);
        SearchResult<Provider> result = session.search(Provider.class)
                .where(f -> predicate(f, q))
                .sort(f -> sort(f, q))
                .aggregation(BY_CATEGORY, f -> f.terms().field("category", ProviderCategory.class).maxTermCount(20))
                .aggregation(BY_STATUS, f -> f.terms().field("networkStatus", NetworkStatus.class))
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        result.hits().forEach(ProviderService::initialize);
        Map<ProviderCategory, Long> categories = new EnumMap<>(ProviderCategory.class);
        categories.putAll(result.aggregation(BY_CATEGORY));
        Map<NetworkStatus, Long> statuses = new EnumMap<>(NetworkStatus.class);
        statuses.putAll(result.aggregation(BY_STATUS));
        long total = result.total().hitCountLowerBound();
        return new Result(new PageImpl<>(result.hits(), pageable, total), categories, statuses);
    }

    /** Every provider matching the query, in its order, handed one by one (for exports); at most {@code limit}. */
    @Transactional(readOnly = true)
    public void forEach(ProviderQuery q, int limit, Consumer<Provider> consumer) {
        SearchSession session = Search.session(em);
        try (var scroll = session.search(Provider.class)
                .where(f -> predicate(f, q))
                .sort(f -> sort(f, q))
                .scroll(200)) {
            int seen = 0;
            for (var chunk = scroll.next(); chunk.hasHits() && seen < limit; chunk = scroll.next()) {
                for (Provider p : chunk.hits()) {
                    if (seen++ >= limit) {
                        break;
                    }
                    ProviderService.initialize(p);
                    consumer.accept(p);
                }
                em.clear();
            }
        }
    }

    static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(SearchPredicateFactory f, ProviderQuery q) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        if (q.text() == null || words(q.text()).isEmpty()) {
            bool.must(f.matchAll());
        }
        bool.mustNot(f.exists().field("mergedIntoId"));
        if (q.text() != null) {
            List<String> words = words(q.text());
            if (!words.isEmpty()) {
                BooleanPredicateClausesStep<?, ?> text = f.bool();
                for (String word : words) {
                    text.should(wordPredicate(f, word));
                }
                int n = words.size();
                text.minimumShouldMatchNumber(n <= 2 ? n : n - Math.max(1, n / 4));
                bool.must(text);
            }
        }
        if (q.category() != null) {
            bool.filter(f.match().field("category").matching(q.category()));
        }
        if (q.communeCode() != null) {
            bool.filter(f.match().field("communeCode").matching(q.communeCode()));
        }
        if (q.labelCode() != null) {
            bool.filter(f.match().field("labels.code").matching(q.labelCode()));
        }
        if (q.networkStatus() != null) {
            bool.filter(f.match().field("networkStatus").matching(q.networkStatus()));
        }
        if (q.territory() != null) {
            bool.filter(f.match().field("outsideTerritory").matching(q.territory() == ProviderQuery.Territory.OUTSIDE));
        }
        if (q.withoutCoordinates()) {
            bool.mustNot(f.exists().field("location"));
        }
        return bool;
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep wordPredicate(SearchPredicateFactory f, String word) {
        int length = word.codePointCount(0, word.length());
        var exact = f.match().field("name").boost(3f).fields(TEXT_FIELDS).matching(word).boost(2f);
        int distance = length >= 7 ? 2 : length >= 4 ? 1 : 0;
        if (distance == 0) {
            return exact;
        }
        // typos are forgiven in the short fields only: fuzzy matching over long descriptions costs most of the
        // search time (benchmark, docs/benchmarks.md) and finds little that the exact stemmed match does not
        var fuzzy = f.match().field("name").boost(3f).fields(FUZZY_FIELDS).matching(word).fuzzy(distance, 1);
        return f.or(exact, fuzzy);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[\\s\\p{Punct}&&[^'’-]]+|\\s+")) {
            String s = w.replaceAll("^[\\p{Punct}’]+|[\\p{Punct}’]+$", "");
            if (!s.isEmpty()) {
                words.add(s);
            }
        }
        return words;
    }

    private static SortFinalStep sort(SearchSortFactory f, ProviderQuery q) {
        return switch (q.sort()) {
            case RELEVANCE -> f.score().then().field("name_sort");
            case NAME -> f.field("name_sort").then().field("commune_sort").missing().last();
            case COMMUNE -> f.field("commune_sort").missing().last().then().field("name_sort");
            case UPDATED -> f.field("updatedAt").desc().then().field("name_sort");
        };
    }
}
