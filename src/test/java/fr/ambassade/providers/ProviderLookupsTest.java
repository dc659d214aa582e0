package fr.ambassade.providers;

import static fr.ambassade.providers.ProviderMother.aProvider;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.providers.domain.ProviderFixtures;
import fr.ambassade.providers.domain.ProviderLookups;
import fr.ambassade.providers.domain.ProviderLookups.Option;
import fr.ambassade.support.IntegrationTest;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ProviderLookupsTest {

    @Autowired
    ProviderLookups lookups;

    @Autowired
    ProviderFixtures providers;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsTheCommunesAndLabelsInUseByNameWithoutMergedRecords() {
        String code = "kb:Test_" + UUID.randomUUID();
        long holder = tx.execute(s -> providers
                .save(aProvider()
                        .named("Gîte test")
                        .inCommune("62498")
                        .label(code, "Étoile d'argent")
                        .build())
                .id());
        // a commune held only by a merged record is not offered (2B998: no real commune, no other test uses it)
        long merged = tx.execute(s -> providers
                .save(aProvider().named("Ancien").inCommune("2B998").build())
                .id());
        jdbc.update("update provider set merged_into_id = ? where id = ?", holder, merged);

        List<Option> communes = lookups.communes();
        List<Option> labels = lookups.labels();

        assertThat(labels).contains(new Option(code, "Étoile d'argent"));
        assertThat(communes).extracting(Option::code).contains("62498").doesNotContain("2B998");
        assertThat(communes)
                .filteredOn(o -> o.code().equals("62498"))
                .extracting(Option::name)
                .allMatch(n -> n != null && !n.isBlank());
        assertSortedByName(communes);
        assertSortedByName(labels);
        assertThat(communes).extracting(Option::code).doesNotHaveDuplicates();
        assertThat(labels).extracting(Option::code).doesNotHaveDuplicates();
    }

    private static void assertSortedByName(List<Option> options) {
        Collator french = Collator.getInstance(Locale.FRENCH);
        for (int i = 1; i < options.size(); i++) {
            String a = options.get(i - 1).name() == null
                    ? options.get(i - 1).code()
                    : options.get(i - 1).name();
            String b = options.get(i).name() == null
                    ? options.get(i).code()
                    : options.get(i).name();
            assertThat(french.compare(a, b)).as("%s before %s", a, b).isLessThanOrEqualTo(0);
        }
    }
}
