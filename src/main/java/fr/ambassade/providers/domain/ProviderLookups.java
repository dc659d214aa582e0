package fr.ambassade.providers.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Values for the filters of the directory: the communes and labels of the providers (merged records left out),
 * sorted by name (French collation). Each list is read by skipping from one distinct code to the next in its
 * index (a recursive query: one index probe per value in use), not by grouping every row: a {@code group by}
 * took 60–90 ms per list page at 100,000 providers (docs/benchmarks.md).
 */
@Service
public class ProviderLookups {

    public record Option(String code, String name) {}

    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);

    private final JdbcTemplate jdbc;

    ProviderLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Option> communes() {
        return sorted(jdbc.query("""
                with recursive codes(code) as (
                    select min(commune_code) from provider where merged_into_id is null
                    union all
                    select (select min(p.commune_code) from provider p
                             where p.merged_into_id is null and p.commune_code > codes.code)
                    from codes where codes.code is not null)
                select code, (select p.commune_name from provider p
                               where p.commune_code = codes.code and p.merged_into_id is null
                                 and p.commune_name is not null limit 1)
                from codes where code is not null""", (rs, i) -> new Option(rs.getString(1), rs.getString(2))));
    }

    public List<Option> labels() {
        return sorted(jdbc.query("""
                with recursive codes(code) as (
                    select min(code) from provider_label
                    union all
                    select (select min(l.code) from provider_label l where l.code > codes.code)
                    from codes where codes.code is not null)
                select code, (select l.name_fr from provider_label l where l.code = codes.code limit 1)
                from codes where code is not null""", (rs, i) -> new Option(rs.getString(1), rs.getString(2))));
    }

    private static List<Option> sorted(List<Option> options) {
        return options.stream()
                .sorted(Comparator.comparing((Option o) -> o.name() == null ? o.code() : o.name(), FRENCH)
                        .thenComparing(Option::code))
                .toList();
    }
}
