package fr.ambassade.providers.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Possible duplicates, computed in SQL: same normalised name (unaccented, lower case, punctuation stripped) within
 * 200 m — or in the same commune when a side has no coordinates —, same phone number (last 9 digits, so that
 * "+33 3 21…" and "03 21…" meet), or same e-mail address. Merged records are left out.
 */
@Service
public class DuplicateFinder {

    public enum Reason {
        NAME,
        PHONE,
        EMAIL
    }

    public record Side(long id, String name, String communeName, String category) {}

    public record Pair(Side first, Side second, Set<Reason> reasons) {}

    private static final String SQL = """
            with p as (
                select id, latitude, longitude, commune_code, provider_normalized_name(name) as nn,
                       case when length(regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')) >= 9
                            then right(regexp_replace(phone, '[^0-9]', '', 'g'), 9) end as ph,
                       lower(nullif(trim(email), '')) as em
                from provider where merged_into_id is null
            ), pairs as (
                select a.id as a_id, b.id as b_id, 'NAME' as reason
                from p a join p b on a.nn = b.nn and a.id < b.id
                where a.nn <> '' and (
                    (a.latitude is not null and b.latitude is not null
                     and sqrt(power((a.latitude - b.latitude) * 111320, 2)
                            + power((a.longitude - b.longitude) * 111320 * cos(radians(a.latitude)), 2)) <= 200)
                    or ((a.latitude is null or b.latitude is null) and a.commune_code = b.commune_code))
                union all
                select a.id, b.id, 'PHONE' from p a join p b on a.ph = b.ph and a.id < b.id
                union all
                select a.id, b.id, 'EMAIL' from p a join p b on a.em = b.em and a.id < b.id
            ), grouped as (
                select a_id, b_id, string_agg(distinct reason, ',') as reasons from pairs group by a_id, b_id
            )
            select g.a_id, pa.name as a_name, pa.commune_name as a_commune, pa.category as a_category,
                   g.b_id, pb.name as b_name, pb.commune_name as b_commune, pb.category as b_category, g.reasons
            from grouped g join provider pa on pa.id = g.a_id join provider pb on pb.id = g.b_id
            order by pa.name, g.a_id, g.b_id
            limit ?
            """;

    private final JdbcTemplate jdbc;

    DuplicateFinder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Pair> find(int limit) {
        return jdbc.query(
                SQL,
                (rs, i) -> {
                    Set<Reason> reasons = EnumSet.noneOf(Reason.class);
                    Arrays.stream(rs.getString("reasons").split(","))
                            .map(Reason::valueOf)
                            .forEach(reasons::add);
                    return new Pair(
                            new Side(
                                    rs.getLong("a_id"),
                                    rs.getString("a_name"),
                                    rs.getString("a_commune"),
                                    rs.getString("a_category")),
                            new Side(
                                    rs.getLong("b_id"),
                                    rs.getString("b_name"),
                                    rs.getString("b_commune"),
                                    rs.getString("b_category")),
                            reasons);
                },
                limit);
    }
}
