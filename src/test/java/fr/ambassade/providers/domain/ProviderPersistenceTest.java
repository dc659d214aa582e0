package fr.ambassade.providers.domain;

import static fr.ambassade.providers.ProviderMother.aProvider;
import static fr.ambassade.providers.ProviderMother.unique;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ProviderPersistenceTest {

    @Autowired
    ProviderRepository providers;

    @Autowired
    TransactionTemplate tx;

    @Test
    void storesEveryPartOfAProvider() {
        String dt = unique("dt");
        Long id = tx.execute(s -> {
            Provider p = ProviderFixtures.entity(aProvider()
                    .named(unique("Gîte du Terril"))
                    .inCommune("62516")
                    .description("fr", "Un gîte au pied des terrils")
                    .description("en", "A cottage")
                    .label("kb:LabelRating_AccueilVelo", "Accueil Vélo")
                    .externalId(ExternalIdScheme.DATATOURISME, dt)
                    .contact("Jeanne Martin", "gérante"));
            p.recordImportedValue("name", p.getName());
            return providers.save(p).getId();
        });
        tx.executeWithoutResult(s -> {
            Provider p = providers.findById(id).orElseThrow();
            assertThat(p.getDescriptions()).containsEntry("fr", "Un gîte au pied des terrils");
            assertThat(p.getLabels()).extracting("code").containsExactly("kb:LabelRating_AccueilVelo");
            assertThat(p.getContacts()).hasSize(1);
            assertThat(p.getLanguages()).containsExactly("fr");
            assertThat(p.getImportedValues()).containsKey("name");
            assertThat(p.getCommuneCode()).isEqualTo("62516");
            assertThat(providers.findByExternalId(ExternalIdScheme.DATATOURISME, dt))
                    .get()
                    .extracting(Provider::getId)
                    .isEqualTo(id);
        });
    }
}
