package fr.ambassade.territory.domain;

import fr.ambassade.territory.CommuneRef;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL access to the {@code commune} and {@code commune_alias} tables (reference data, hence plain JDBC). */
@Repository
public class CommuneRepository {

    /** A commune (or the current commune of an alias) with the normalised name it was found under. */
    public record Candidate(CommuneRef commune, String normalisedName) {}

    /** What an alias code stands for. */
    public record Alias(String code, String type, String name, String currentCode) {}

    private static final String COLUMNS =
            "c.code, c.name, c.postal_codes, c.population, c.centroid_lat, c.centroid_lon, c.in_territory";

    // Parameters compared with the char(5) codes are cast to char(5): compared as text, the primary key
    // index would not be used.
    private static final RowMapper<CommuneRef> COMMUNE = (rs, i) -> commune(rs);

    private final JdbcClient jdbc;

    public CommuneRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("select count(*) from commune").query(Long.class).single();
    }

    /** Serialises first starts and replacements across nodes, for the current transaction. */
    public void lockTerritory() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('ambassade.territory'))")
                .query()
                .singleValue();
    }

    public Optional<CommuneRef> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from commune c where c.code = ?::char(5)")
                .param(code)
                .query(COMMUNE)
                .optional();
    }

    public Optional<CommuneRef> findByAliasCode(String code) {
        return jdbc.sql("select " + COLUMNS
                        + " from commune_alias a join commune c on c.code = a.current_code where a.code = ?::char(5)")
                .param(code)
                .query(COMMUNE)
                .optional();
    }

    /** Communes having this postal code, and delegated communes, arrondissements… of those or with that code. */
    public List<Candidate> candidatesByPostalCode(String postalCode) {
        String[] pc = {postalCode};
        return jdbc.sql("""
                        select %1$s, c.name_normalised as matched from commune c where c.postal_codes @> ?::text[]
                        union all
                        select %1$s, a.name_normalised as matched from commune_alias a join commune c on c.code = a.current_code
                         where a.postal_codes @> ?::text[]
                        union all
                        select %1$s, a.name_normalised as matched from commune c join commune_alias a on a.current_code = c.code
                         where c.postal_codes @> ?::text[]
                        """.formatted(COLUMNS))
                .params(pc, pc, pc)
                .query((rs, i) -> new Candidate(commune(rs), rs.getString("matched")))
                .list();
    }

    /** Current communes having this postal code. */
    public List<CommuneRef> byPostalCode(String postalCode) {
        return jdbc.sql("select " + COLUMNS + " from commune c where c.postal_codes @> ?::text[]")
                .param(new String[] {postalCode})
                .query(COMMUNE)
                .list();
    }

    /** Communes (or aliases, resolved) with one of these normalised names in one of these départements. */
    public List<CommuneRef> byNormalisedNameInDepartements(Collection<String> names, Collection<String> departements) {
        String[] n = names.toArray(String[]::new);
        String[] d = departements.toArray(String[]::new);
        return jdbc.sql("""
                        select %1$s from commune c where c.name_normalised = any(?::text[]) and c.departement = any(?::text[])
                        union
                        select %1$s from commune_alias a join commune c on c.code = a.current_code
                         where a.name_normalised = any(?::text[]) and c.departement = any(?::text[])
                        """.formatted(COLUMNS))
                .params(n, d, n, d)
                .query(COMMUNE)
                .list();
    }

    public List<CommuneRef> territoryCommunes() {
        return jdbc.sql("select " + COLUMNS + " from commune c where c.in_territory order by c.name_normalised, c.code")
                .query(COMMUNE)
                .list();
    }

    public Set<String> territoryCodes() {
        return new LinkedHashSet<>(jdbc.sql("select code from commune where in_territory order by code")
                .query(String.class)
                .list());
    }

    public List<String> formerTerritoryCodes() {
        return jdbc.sql(
                        "select code from commune where not in_territory and left_territory_at is not null order by code")
                .query(String.class)
                .list();
    }

    public Set<String> existingCodes(Collection<String> codes) {
        return new LinkedHashSet<>(jdbc.sql("select code from commune where code = any(?::char(5)[])")
                .param(codes.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    public Map<String, Alias> aliases(Collection<String> codes) {
        Map<String, Alias> result = new HashMap<>();
        jdbc.sql("select code, type, name, current_code from commune_alias where code = any(?::char(5)[])")
                .param(codes.toArray(String[]::new))
                .query((rs, i) -> new Alias(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list()
                .forEach(a -> result.put(a.code(), a));
        return result;
    }

    /** Takes out of the territory every commune not in {@code kept}, remembering when it left. */
    public void removeFromTerritoryExcept(Collection<String> kept) {
        jdbc.sql(
                        "update commune set in_territory = false, left_territory_at = now() where in_territory and code <> all(?::char(5)[])")
                .param(kept.toArray(String[]::new))
                .update();
    }

    /** Puts the features' communes in the territory with their outline and centroid (one statement). */
    public void putInTerritory(List<TerritoryFeature> features) {
        jdbc.sql("""
                        update commune c set in_territory = true, left_territory_at = null, outline = u.outline::jsonb,
                               centroid_lat = u.lat, centroid_lon = u.lon
                          from unnest(?::char(5)[], ?::text[], ?::float8[], ?::float8[]) as u(code, outline, lat, lon)
                         where c.code = u.code
                        """)
                .params(
                        features.stream().map(TerritoryFeature::code).toArray(String[]::new),
                        features.stream().map(TerritoryFeature::geometryJson).toArray(String[]::new),
                        features.stream().map(TerritoryFeature::lat).toArray(Double[]::new),
                        features.stream().map(TerritoryFeature::lon).toArray(Double[]::new))
                .update();
    }

    /** The territory as a GeoJSON FeatureCollection, built by PostgreSQL in one query. */
    public String territoryGeoJson() {
        return jdbc.sql("""
                        select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(
                                 json_build_object('type', 'Feature', 'id', code,
                                   'properties', json_build_object('code', code, 'name', name,
                                      'postalCodes', to_json(postal_codes), 'population', population),
                                   'geometry', outline) order by code), '[]'::json))::text
                          from commune where in_territory
                        """).query(String.class).single();
    }

    private static CommuneRef commune(ResultSet rs) throws SQLException {
        Array postalCodes = rs.getArray("postal_codes");
        List<String> codes = postalCodes == null ? List.of() : Arrays.asList((String[]) postalCodes.getArray());
        return new CommuneRef(
                rs.getString("code"),
                rs.getString("name"),
                codes,
                (Integer) rs.getObject("population"),
                (Double) rs.getObject("centroid_lat"),
                (Double) rs.getObject("centroid_lon"),
                rs.getBoolean("in_territory"));
    }
}
