package fr.ambassade.providers.domain;

import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderCategory;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text directory search with the French analyser. Each word of the query is matched on the name (boosted),
 * the keywords (subtype, commune, locality, label names) and the French description, exactly (stemmed, accents
 * folded); on the name and the keywords also with typos (edit distance 1 from 4 characters, 2 from 7, the first
 * letter — two letters for distance 2 — taken as typed); with three words or more one of them may match nothing
 * ("musee de la mne").
 */
@Service
public class ProviderSearch {

    static final String[] FUZZY_FIELDS = {Provider.KEYWORDS_FIELD};
    static final String[] TEXT_FIELDS = {Provider.KEYWORDS_FIELD, Provider.DESCRIPTION_FIELD};
    private static final AggregationKey<Map<String, Long>> BY_FACET = AggregationKey.of("facet");

    private final EntityManager em;
    private final JdbcTemplate jdbc;

    ProviderSearch(EntityManager em, JdbcTemplate jdbc) {
        this.em = em;
        this.jdbc = jdbc;
    }

    /** A page of results with the counts per category and per network status of the whole result. */
    public record Result(
            Page<ProviderRow> page, Map<ProviderCategory, Long> categories, Map<NetworkStatus, Long> statuses) {}

    @Transactional(readOnly = true)
    public Result search(ProviderQuery q, Pageable pageable) {
        SearchSession session = Search.session(em);
        SearchResult<Long> result = session.search(Provider.class)
                .select(f -> f.id(Long.class))
                .where(f -> predicate(f, q))
                .sort(f -> sort(f, q))
                .aggregation(
                        BY_FACET,
                        f -> f.terms()
                                .field(Provider.FACET_FIELD, String.class)
                                .maxTermCount(ProviderCategory.values().length * NetworkStatus.values().length))
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        // one aggregation over "CATEGORY|STATUS" gives both counts
        Map<ProviderCategory, Long> categories = new EnumMap<>(ProviderCategory.class);
        Map<NetworkStatus, Long> statuses = new EnumMap<>(NetworkStatus.class);
        result.aggregation(BY_FACET).forEach((facet, count) -> {
            int bar = facet.indexOf('|');
            categories.merge(ProviderCategory.valueOf(facet.substring(0, bar)), count, Long::sum);
            statuses.merge(NetworkStatus.valueOf(facet.substring(bar + 1)), count, Long::sum);
        });
        long total = result.total().hitCountLowerBound();
        return new Result(new PageImpl<>(rows(result.hits()), pageable, total), categories, statuses);
    }

    /**
     * The list lines of the hits, in the hits' order: two queries (providers, their labels) reading only the
     * columns the list shows. A hit deleted since it was indexed is left out.
     */
    private List<ProviderRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] idArray = ids.toArray(Long[]::new);
        Map<Long, List<ProviderLabel>> labels = new HashMap<>();
        jdbc.query(
                "select provider_id, code, name_fr, name_en from provider_label where provider_id = any(?) "
                        + "order by provider_id, name_fr, code",
                rs -> {
                    labels.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ProviderLabel(rs.getString(2), rs.getString(3), rs.getString(4)));
                },
                (Object) idArray);
        Map<Long, ProviderRow> byId = new HashMap<>();
        jdbc.query(
                "select id, name, subtype, category, commune_name, outside_territory, "
                        + "latitude is not null and longitude is not null, network_status, updated_at "
                        + "from provider where id = any(?)",
                rs -> {
                    long id = rs.getLong(1);
                    byId.put(
                            id,
                            new ProviderRow(
                                    id,
                                    rs.getString(2),
                                    rs.getString(3),
                                    ProviderCategory.valueOf(rs.getString(4)),
                                    rs.getString(5),
                                    rs.getBoolean(6),
                                    rs.getBoolean(7),
                                    NetworkStatus.valueOf(rs.getString(8)),
                                    List.copyOf(labels.getOrDefault(id, List.of())),
                                    rs.getObject(9, OffsetDateTime.class).toInstant()));
                },
                (Object) idArray);
        List<ProviderRow> rows = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ProviderRow row = byId.get(id);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Every provider matching the query, in its order, handed one by one (for exports); at most {@code limit}. */
    @Transactional(readOnly = true)
    public void forEach(ProviderQuery q, int limit, Consumer<ProviderView> consumer) {
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
                    consumer.accept(ProviderView.of(p));
                }
                em.clear();
            }
        }
    }

    static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(
            SearchPredicateFactory f, ProviderQuery q) {
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

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep wordPredicate(
            SearchPredicateFactory f, String word) {
        int length = word.codePointCount(0, word.length());
        var exact = f.match()
                .field("name")
                .boost(3f)
                .fields(TEXT_FIELDS)
                .matching(word)
                .boost(2f);
        int distance = length >= 7 ? 2 : length >= 4 ? 1 : 0;
        if (distance == 0) {
            return exact;
        }
        // typos are forgiven in the short fields only: fuzzy matching over long descriptions costs most of the
        // search time (benchmark, docs/benchmarks.md) and finds little that the exact stemmed match does not; a
        // distance of 2 keeps the first two letters, which divides the terms to compare (same budget)
        var fuzzy = f.match()
                .field("name")
                .boost(3f)
                .fields(FUZZY_FIELDS)
                .matching(word)
                .fuzzy(distance, distance == 2 ? 2 : 1);
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
            case NAME ->
                f.field("name_sort").then().field("commune_sort").missing().last();
            case COMMUNE -> f.field("commune_sort").missing().last().then().field("name_sort");
            case UPDATED -> f.field("updatedAt").desc().then().field("name_sort");
        };
    }
}
