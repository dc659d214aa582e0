package fr.ambassade.providers.domain;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Values for the filters of the directory: communes and labels in use. */
@Service
public class ProviderLookups {

    public record Option(String code, String name) {}

    private final JdbcTemplate jdbc;

    ProviderLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Option> communes() {
        return jdbc.query("""
                select commune_code, min(commune_name) as name from provider
                where commune_code is not null and merged_into_id is null
                group by commune_code order by min(commune_name), commune_code""",
                (rs, i) -> new Option(rs.getString(1), rs.getString(2)));
    }

    public List<Option> labels() {
        return jdbc.query("select code, min(name_fr) from provider_label group by code order by min(name_fr)",
                (rs, i) -> new Option(rs.getString(1), rs.getString(2)));
    }
}
