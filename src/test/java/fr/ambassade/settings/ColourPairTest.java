package fr.ambassade.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.ambassade.settings.domain.SettingsRules;
import fr.ambassade.shared.RefusedChange;
import org.junit.jupiter.api.Test;

class ColourPairTest {

    @Test
    void computesTheWcagContrastRatio() {
        assertThat(new ColourPair("#000000", "#ffffff").contrastRatio()).isCloseTo(21.0, within(0.001));
        assertThat(new ColourPair("#ffffff", "#ffffff").contrastRatio()).isCloseTo(1.0, within(0.001));
        // #767676 on white is the classic lightest AA grey (4.54); #777777 just fails (4.48)
        assertThat(new ColourPair("#767676", "#ffffff").contrastRatio()).isCloseTo(4.54, within(0.01));
        assertThat(new ColourPair("#777777", "#ffffff").meetsAa()).isFalse();
        assertThat(new ColourPair("#767676", "#ffffff").meetsAa()).isTrue();
        // symmetric
        assertThat(ColourPair.contrastRatio("#8a1538", "#ffffff"))
                .isCloseTo(ColourPair.contrastRatio("#ffffff", "#8a1538"), within(1e-9));
    }

    @Test
    void normalisesHexColours() {
        assertThat(new ColourPair("ABC", " #FFFFFF ").text()).isEqualTo("#aabbcc");
        assertThat(ColourPair.isColour("#12345g")).isFalse();
        assertThatThrownBy(() -> new ColourPair("red", "#fff")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsRefuseLowContrastPairsWithTheRatio() {
        ColourPair accent = new ColourPair("#ffffff", "#8a1538");
        assertThatThrownBy(() -> SettingsRules.checkColours(new ColourPair("#777777", "#ffffff"), accent))
                .isInstanceOfSatisfying(RefusedChange.class, e -> {
                    assertThat(e.field()).isEqualTo("textColour");
                    assertThat((double) e.args()[2]).isEqualTo(4.47);
                });
        assertThatThrownBy(() -> SettingsRules.checkColours(
                        new ColourPair("#000000", "#ffffff"), new ColourPair("#ffffff", "#ffff00")))
                .isInstanceOfSatisfying(
                        RefusedChange.class, e -> assertThat(e.field()).isEqualTo("accentTextColour"));
        // accent used for links on a dark page background: refused too
        assertThatThrownBy(() -> SettingsRules.checkColours(
                        new ColourPair("#ffffff", "#000000"), new ColourPair("#ffffff", "#000080")))
                .isInstanceOfSatisfying(
                        RefusedChange.class, e -> assertThat(e.field()).isEqualTo("accentBackgroundColour"));
        SettingsRules.checkColours(new ColourPair("#1d1d1b", "#ffffff"), accent);
    }
}
