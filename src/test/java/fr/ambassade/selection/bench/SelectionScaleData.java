package fr.ambassade.selection.bench;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The selection benchmark's data (docs/benchmarks.md, "Selection screens"), written with SQL in one transaction: one
 * {@code insert … select … from generate_series} (or from a temporary plan table) per table, as the demo data does
 * with {@code unnest} — a few seconds for the whole set, no service, no event, no e-mail, no search indexing.
 *
 * <p>Tops the database up to the totals asked for (whatever the demo data already wrote counts):
 *
 * <ul>
 *   <li><b>providers</b>: French-looking names, categories in turn, spread over the territory's communes;
 *   <li><b>applications</b>: {@code memberships} of them ACCEPTED (one per new membership), the others in turn over
 *       the nine other states. Each has one {@code application_history} row per step of its legal path (as
 *       {@code Transition} allows: DRAFT → SUBMITTED → UNDER_REVIEW → VISIT_SCHEDULED → EVALUATED → IN_COMMITTEE →
 *       ACCEPTED / DECLINED / DEFERRED; WITHDRAWN after submission). From VISIT_SCHEDULED on: a visit with two staff
 *       evaluators; past it, the visit is closed and both evaluators submitted a score (2 or 3) with an evidence note
 *       for every criterion of the current grid; from IN_COMMITTEE on an agenda item of a committee session (held
 *       sessions for decisions, coming ones for IN_COMMITTEE). The stored score is a plausible 60–99 %, not
 *       recomputed from the scores (the screens measured read it, they do not recompute it);
 *   <li><b>memberships</b>: ACTIVE, one per accepted application, started 10 days after the decision (cohorts over
 *       about three years), its next renewal 4 to 34 months away (no reminder or lapse job fires during a run), the
 *       charter's current version signed, an OPENED history line; the provider becomes an AMBASSADOR, the providers of
 *       open applications CANDIDATEs.
 * </ul>
 */
public final class SelectionScaleData {

    /** What was added, and the totals. */
    public record Seeded(
            int providersAdded,
            int applicationsAdded,
            int membershipsAdded,
            long providers,
            long applications,
            long visits,
            long evaluations,
            long scores,
            long memberships,
            long millis) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public SelectionScaleData(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Adds what is missing to reach these totals (providers, applications, live memberships). */
    public Seeded topUpTo(int providers, int applications, int memberships) {
        long t0 = System.nanoTime();
        int[] added = tx.execute(s -> {
            int p = Math.max(0, providers - count("select count(*) from provider"));
            int m = Math.max(
                    0, memberships - count("select count(*) from membership where status in ('ACTIVE', 'SUSPENDED')"));
            int a = Math.max(m, applications - count("select count(*) from application"));
            addProviders(p);
            addApplications(a, m);
            return new int[] {p, a, m};
        });
        jdbc.execute("analyze");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new Seeded(
                added[0],
                added[1],
                added[2],
                count("select count(*) from provider"),
                count("select count(*) from application"),
                count("select count(*) from visit"),
                count("select count(*) from evaluation"),
                count("select count(*) from evaluation_score"),
                count("select count(*) from membership where status = 'ACTIVE'"),
                millis);
    }

    private int count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n.intValue();
    }

    private void addProviders(int n) {
        if (n == 0) {
            return;
        }
        jdbc.update("""
                insert into provider (name, category, subtype, commune_code, commune_name, latitude, longitude,
                                      email, descriptions, network_status, created_at, updated_at)
                select (array['Estaminet', 'Gîte', 'Ferme', 'Atelier', 'Musée', 'Brasserie', 'Chambre d''hôtes',
                              'Boulangerie'])[1 + g % 8]
                           || ' ' || (array['du Beffroi', 'des Terrils', 'de la Lys', 'Chez Delattre', 'du Moulin',
                                            'des Flandres', 'de l''Artois', 'du Marais', 'Lefebvre', 'Dupont'])[1 + (g / 8) % 10]
                           || ' ' || g,
                       (array['FOOD', 'ACCOMMODATION', 'PRODUCER', 'CRAFT', 'HERITAGE_SITE', 'FOOD', 'ACCOMMODATION',
                              'SHOP'])[1 + g % 8],
                       'banc d''essai',
                       c.codes[1 + g % c.n], c.names[1 + g % c.n],
                       50.35 + (g % 1000) / 4000.0, 2.35 + (g % 997) / 2000.0,
                       'contact' || g || '@bench.ambassade.test',
                       jsonb_build_object('fr', 'Établissement du banc d''essai n° ' || g || '.'),
                       'NONE', now() - (g % 1000) * interval '1 hour', now() - (g % 1000) * interval '1 hour'
                from generate_series(1, ?) g,
                     (select array_agg(code order by code) codes, array_agg(name order by code) names,
                             greatest(count(*), 1)::int n
                      from commune where in_territory) c
                """, n);
    }

    private void addApplications(int n, int accepted) {
        if (n == 0) {
            return;
        }
        List<Long> staff = jdbc.queryForList(
                "select distinct a.id from account a join account_role r on r.account_id = a.id"
                        + " where r.role in ('ANIMATOR', 'DIRECTOR', 'COUNSELOR', 'EDITOR', 'ADMIN') and a.enabled"
                        + " order by a.id",
                Long.class);
        if (staff.size() < 2) {
            throw new IllegalStateException("the benchmark needs two staff accounts (demo logins)");
        }
        String staffArray = "array" + staff + "::bigint[]";
        // the plan: one row per new application, on providers without any application, states in turn
        jdbc.execute(String.format(Locale.ROOT, """
                create temporary table bench_plan on commit drop as
                with free as (
                    select p.id, (row_number() over (order by p.id))::int as n
                    from provider p
                    where p.merged_into_id is null
                      and not exists (select 1 from application a where a.provider_id = p.id)
                      and not exists (select 1 from membership m where m.provider_id = p.id)
                    order by p.id
                    limit %1$d
                ), paths(k, state, steps) as (values
                    (0, 'DRAFT', array['DRAFT']),
                    (1, 'SUBMITTED', array['DRAFT', 'SUBMITTED']),
                    (2, 'UNDER_REVIEW', array['DRAFT', 'SUBMITTED', 'UNDER_REVIEW']),
                    (3, 'VISIT_SCHEDULED', array['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'VISIT_SCHEDULED']),
                    (4, 'EVALUATED', array['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'VISIT_SCHEDULED', 'EVALUATED']),
                    (5, 'IN_COMMITTEE', array['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'VISIT_SCHEDULED', 'EVALUATED',
                                              'IN_COMMITTEE']),
                    (6, 'DECLINED', array['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'VISIT_SCHEDULED', 'EVALUATED',
                                          'IN_COMMITTEE', 'DECLINED']),
                    (7, 'DEFERRED', array['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'VISIT_SCHEDULED', 'EVALUATED',
                                          'IN_COMMITTEE', 'DEFERRED']),
                    (8, 'WITHDRAWN', array['DRAFT', 'SUBMITTED', 'WITHDRAWN']),
                    (9, 'ACCEPTED', array['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'VISIT_SCHEDULED', 'EVALUATED',
                                          'IN_COMMITTEE', 'ACCEPTED']))
                select nextval(pg_get_serial_sequence('application', 'id')) as id, f.n, f.id as provider_id,
                       p.state, p.steps, cardinality(p.steps) as len,
                       %2$s as staff,
                       -- decided files are older; open ones recent; a step every 4 days
                       now() - case when p.k in (6, 7, 8, 9) then (60 + (f.n * 7) %% 1000) * interval '1 day'
                                    else (30 + f.n %% 300) * interval '1 day' end as created_at
                from free f
                join paths p on p.k = case when f.n <= %3$d then 9 else (f.n - %3$d) %% 9 end
                """, n, staffArray, accepted));
        jdbc.update("""
                insert into application (id, kind, state, provider_id, candidate_email, candidate_language,
                    motivation, self_assessment, recommendation, deferral_conditions, review_date, decline_feedback,
                    withdraw_reason, score_percent, grid_version, created_at, updated_at, submitted_at, decided_at,
                    invited_by_account_id, version)
                select b.id, 'NEW', b.state, b.provider_id, 'candidat' || b.n || '@bench.ambassade.test', 'fr',
                       'Nous accueillons nos visiteurs comme des amis et parlons du territoire avec fierté.',
                       coalesce((select jsonb_object_agg(v.code, 'Nous le vivons chaque jour.')
                                 from (select distinct value_code as code from grid_criterion) v), '{}'::jsonb),
                       case when b.len >= 5 then 'Avis favorable de l''animatrice.' end,
                       case when b.state = 'DEFERRED' then 'Revoir l''accueil en néerlandais.' end,
                       case when b.state = 'DEFERRED' then current_date + 45 + b.n % 60 end,
                       case when b.state = 'DECLINED' then '{"accueil": "Un accueil à travailler."}'::jsonb
                            else '{}'::jsonb end,
                       case when b.state = 'WITHDRAWN' then 'Projet reporté.' end,
                       case when b.len >= 5 and b.state <> 'WITHDRAWN' then 60 + b.n % 40 end,
                       case when b.len >= 4 and b.state <> 'WITHDRAWN'
                            then (select coalesce(max(number), 0) from grid_version) else 0 end,
                       b.created_at, b.created_at + (b.len - 1) * interval '4 days',
                       case when b.len >= 2 then b.created_at + interval '4 days' end,
                       case when b.state in ('ACCEPTED', 'DECLINED', 'DEFERRED')
                            then b.created_at + (b.len - 1) * interval '4 days' end,
                       b.staff[1], b.len - 1
                from bench_plan b
                """);
        jdbc.update("""
                insert into application_history (application_id, from_state, to_state, at, by_account_id, reason)
                select b.id, case when s.i > 1 then b.steps[s.i - 1] end, s.step,
                       b.created_at + (s.i - 1) * interval '4 days', b.staff[1 + (b.n + s.i) % cardinality(b.staff)],
                       case when s.step = 'WITHDRAWN' then 'Projet reporté.' end
                from bench_plan b cross join lateral unnest(b.steps) with ordinality s(step, i)
                """);
        // visits: from VISIT_SCHEDULED on (step 4), closed past it
        jdbc.update("""
                insert into visit (application_id, starts_at, duration_minutes, place, grid_version,
                                   evaluation_closed_at, created_at, sequence, version)
                select b.id,
                       case when b.state = 'VISIT_SCHEDULED' then now() + (1 + b.n % 30) * interval '1 day'
                            else b.created_at + 13 * interval '1 day' end,
                       90, 'Sur place, à l''établissement', (select coalesce(max(number), 0) from grid_version),
                       case when b.state <> 'VISIT_SCHEDULED' then b.created_at + 16 * interval '1 day' end,
                       b.created_at + 12 * interval '1 day', 0, 0
                from bench_plan b where b.len >= 4 and b.state <> 'WITHDRAWN'
                """);
        jdbc.update("""
                insert into visit_evaluator (visit_id, account_id)
                select distinct v.id, b.staff[1 + (b.n + e) % cardinality(b.staff)]
                from bench_plan b join visit v on v.application_id = b.id cross join generate_series(0, 1) e
                """);
        jdbc.update("""
                insert into evaluation (visit_id, evaluator_account_id, conflict_declared, declared_at, submitted_at,
                                        version)
                select v.id, ve.account_id, false, v.starts_at, v.starts_at + interval '1 day', 1
                from bench_plan b join visit v on v.application_id = b.id
                join visit_evaluator ve on ve.visit_id = v.id
                where b.state <> 'VISIT_SCHEDULED'
                """);
        jdbc.update("""
                insert into evaluation_score (evaluation_id, criterion_id, score, evidence)
                select e.id, gc.id, 2 + (e.id + gc.id) % 2, 'Constaté pendant la visite.'
                from bench_plan b join visit v on v.application_id = b.id
                join evaluation e on e.visit_id = v.id
                join grid_version gv on gv.number = v.grid_version
                join grid_criterion gc on gc.grid_version_id = gv.id
                """);
        // committee: 36 held sessions (one a month) for the decisions, 2 coming ones for IN_COMMITTEE
        jdbc.execute("""
                create temporary table bench_session on commit drop as
                select nextval(pg_get_serial_sequence('committee_session', 'id')) as id, k,
                       case when k < 36 then current_date - (k + 1) * 30 else current_date + (k - 35) * 14 end as held_on
                from generate_series(0, 37) k
                """);
        jdbc.update("""
                insert into committee_session (id, held_on, place, created_at, version)
                select id, held_on, 'Maison de l''ambassade, salle ' || (k % 3 + 1), now(), 0 from bench_session
                """);
        jdbc.update("""
                insert into committee_member (session_id, account_id)
                select distinct s.id, st.account_id
                from bench_session s cross join (select unnest(staff[1:2]) account_id from bench_plan limit 2) st
                """);
        jdbc.update("""
                insert into committee_agenda_item (session_id, application_id, position, decision, reasons,
                                                   decided_at, decided_by_account_id)
                select s.id, b.id, row_number() over (partition by s.id order by b.id),
                       case when b.state <> 'IN_COMMITTEE' then b.state end,
                       case when b.state <> 'IN_COMMITTEE' then 'Décision motivée du comité.' end,
                       case when b.state <> 'IN_COMMITTEE' then b.created_at + (b.len - 1) * interval '4 days' end,
                       case when b.state <> 'IN_COMMITTEE' then b.staff[1] end
                from bench_plan b
                join bench_session s on s.k = case when b.state = 'IN_COMMITTEE' then 36 + b.n % 2 else b.n % 36 end
                where b.state in ('IN_COMMITTEE', 'ACCEPTED', 'DECLINED', 'DEFERRED')
                """);
        // memberships behind the accepted applications
        jdbc.execute("""
                create temporary table bench_membership on commit drop as
                select nextval(pg_get_serial_sequence('membership', 'id')) as id, b.id as application_id,
                       b.provider_id, b.n, (b.created_at + (b.len - 1) * interval '4 days')::date + 10 as start_date
                from bench_plan b where b.state = 'ACCEPTED'
                """);
        jdbc.update("""
                insert into membership (id, provider_id, application_id, status, start_date, next_renewal_date,
                                        score_percent, grid_version, created_at, updated_at, version)
                select m.id, m.provider_id, m.application_id, 'ACTIVE', m.start_date,
                       current_date + 120 + m.n % 900, a.score_percent, a.grid_version, now(), now(), 0
                from bench_membership m join application a on a.id = m.application_id
                """);
        jdbc.update("""
                insert into membership_history (membership_id, at, kind, account_id, reason, detail)
                select m.id, m.start_date::timestamptz, 'OPENED', null, null,
                       'charter v' || (select coalesce(max(number), 1) from charter_version)
                from bench_membership m
                """);
        jdbc.update("""
                insert into membership_charter_signature (membership_id, charter_version, language, text_sha256,
                                                          signer_name, signed_at)
                select m.id, (select coalesce(max(number), 1) from charter_version), 'fr',
                       md5(m.id::text) || md5(m.provider_id::text), 'Gérance ' || p.name, m.start_date::timestamptz
                from bench_membership m join provider p on p.id = m.provider_id
                """);
        jdbc.update("""
                update provider p set network_status = case when b.state = 'ACCEPTED' then 'AMBASSADOR'
                    when b.state in ('DECLINED', 'WITHDRAWN', 'DRAFT') then 'NONE' else 'CANDIDATE' end
                from bench_plan b where b.provider_id = p.id
                """);
    }
}
