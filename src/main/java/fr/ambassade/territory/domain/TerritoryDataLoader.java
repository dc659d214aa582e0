package fr.ambassade.territory.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the national list of communes and the default territory (CA de Béthune-Bruay, Artois-Lys Romane)
 * on the first start, when the tables are empty. Runs before the web server accepts requests and before
 * other modules' start-up runners, so that they can rely on the communes being there.
 */
@Component
class TerritoryDataLoader implements SmartInitializingSingleton {

    static final String NATIONAL_LIST = "data/france/communes-france.csv";
    static final String DEFAULT_TERRITORY = "data/territory/communes-cabbalr.geojson";

    private static final Logger log = LoggerFactory.getLogger(TerritoryDataLoader.class);

    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final CommuneRepository communes;
    private final TerritoryService territory;
    private final TerritoryFileParser parser;

    TerritoryDataLoader(
            DataSource dataSource,
            TransactionTemplate transactions,
            CommuneRepository communes,
            TerritoryService territory,
            TerritoryFileParser parser) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.communes = communes;
        this.territory = territory;
        this.parser = parser;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        long[] steps = new long[3]; // end of reading, of copying, of indexing: for the start-up budget (< 3 s)
        Boolean loaded = transactions.execute(status -> {
            communes.lockTerritory();
            if (communes.count() > 0) {
                return false;
            }
            copyNationalList(steps);
            steps[2] = System.nanoTime();
            territory.initialise(defaultTerritory());
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            long end = System.nanoTime();
            log.info(
                    "Loaded the national list of communes and the default territory in {} ms "
                            + "(read {} ms, copy {} ms, index and analyse {} ms, territory {} ms)",
                    ms(start, end),
                    ms(start, steps[0]),
                    ms(steps[0], steps[1]),
                    ms(steps[1], steps[2]),
                    ms(steps[2], end));
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private List<TerritoryFeature> defaultTerritory() {
        try (InputStream in = new ClassPathResource(DEFAULT_TERRITORY).getInputStream()) {
            return parser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** COPY is an order of magnitude faster than batched inserts for the 37,590 rows. */
    private void copyNationalList(long[] steps) {
        StringBuilder current = new StringBuilder(2_500_000);
        StringBuilder aliases = new StringBuilder(200_000);
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(NATIONAL_LIST).getInputStream(), StandardCharsets.UTF_8)) {
            Iterable<CSVRecord> records = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader);
            for (CSVRecord r : records) {
                String code = r.get("code");
                String name = r.get("name");
                String type = r.get("type");
                String postalCodes =
                        "{" + String.join(",", r.get("postal_codes").trim().split("\\s+")) + "}";
                String population = r.get("population").isBlank() ? "\\N" : r.get("population");
                String normalised = CommuneNames.normalise(name);
                if ("commune-actuelle".equals(type)) {
                    row(
                            current,
                            code,
                            name,
                            type,
                            r.get("departement"),
                            r.get("region"),
                            postalCodes,
                            population,
                            normalised);
                } else {
                    row(aliases, code, type, name, r.get("parent_code"), postalCodes, population, normalised);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        steps[0] = System.nanoTime();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(
                    "copy commune (code, name, type, departement, region, postal_codes, population, name_normalised) from stdin",
                    new StringReader(current.toString()));
            copy.copyIn(
                    "copy commune_alias (code, type, name, current_code, postal_codes, population, name_normalised) from stdin",
                    new StringReader(aliases.toString()));
            steps[1] = System.nanoTime();
            try (var statement = connection.createStatement()) {
                // the COPY left the postal codes in the GIN pending lists, which every lookup would scan until
                // the next vacuum; fresh statistics, so that lookups get index plans from the first import on.
                // Both need the owner: an application role that does not own the tables (docs/operations.md §2)
                // leaves them to autovacuum (ANALYZE then only warns).
                statement.execute("select gin_clean_pending_list(c.oid) from pg_class c where c.oid in "
                        + "('commune_postal_codes_idx'::regclass, 'commune_alias_postal_codes_idx'::regclass) "
                        + "and pg_has_role(c.relowner, 'USAGE')");
                statement.execute("analyze commune, commune_alias");
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not load the national list of communes", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One line of PostgreSQL's COPY text format. */
    private static void row(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            String v = values[i];
            if ("\\N".equals(v)) {
                out.append(v);
            } else {
                out.append(v.replace("\\", "\\\\")
                        .replace("\t", "\\t")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r"));
            }
        }
        out.append('\n');
    }
}
