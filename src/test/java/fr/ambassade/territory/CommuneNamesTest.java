package fr.ambassade.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.territory.domain.CommuneNames;
import org.junit.jupiter.api.Test;

class CommuneNamesTest {

    @Test
    void ignoresCaseAccentsLigaturesAndPunctuation() {
        assertThat(CommuneNames.normalise("Nœux-les-Mines")).isEqualTo("noeux les mines");
        assertThat(CommuneNames.normalise("NOEUX LES MINES")).isEqualTo("noeux les mines");
        assertThat(CommuneNames.normalise("Béthune")).isEqualTo("bethune");
        assertThat(CommuneNames.normalise("L'Abergement-Clémenciat")).isEqualTo("l abergement clemenciat");
    }

    @Test
    void spellsOutSaintAndTreatsLezAsLes() {
        assertThat(CommuneNames.normalise("St-Omer")).isEqualTo(CommuneNames.normalise("Saint-Omer"));
        assertThat(CommuneNames.normalise("Ste Catherine")).isEqualTo("sainte catherine");
        assertThat(CommuneNames.normalise("Lambres lès Aire")).isEqualTo(CommuneNames.normalise("Lambres-lez-Aire"));
    }

    @Test
    void dropsCedexAndLeadingArticleOnRequest() {
        assertThat(CommuneNames.normalise("BETHUNE CEDEX 2")).isEqualTo("bethune");
        assertThat(CommuneNames.withoutArticle(CommuneNames.normalise("La Couture")))
                .isEqualTo("couture");
        assertThat(CommuneNames.withoutArticle("lapugnoy")).isEqualTo("lapugnoy");
    }
}
