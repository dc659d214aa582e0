package fr.ambassade.providers.importing.datatourisme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DatatourismeIdTest {

    @Test
    void sameIdentityUnderBothNamespaces() {
        DatatourismeId current = DatatourismeId.parse(
                        "https://data.datatourisme.fr/15/3a2ee9c3-f231-3221-91e3-d3153b89ee6a")
                .orElseThrow();
        DatatourismeId legacy = DatatourismeId.parse(
                        "https://data.datatourisme.gouv.fr/15/3a2ee9c3-f231-3221-91e3-d3153b89ee6a")
                .orElseThrow();
        assertThat(current).isEqualTo(legacy).hasSameHashCodeAs(legacy);
        assertThat(current.producer()).isEqualTo("15");
        assertThat(current.uuid()).isEqualTo("3a2ee9c3-f231-3221-91e3-d3153b89ee6a");
        assertThat(legacy.canonicalUri())
                .isEqualTo("https://data.datatourisme.fr/15/3a2ee9c3-f231-3221-91e3-d3153b89ee6a");
        assertThat(legacy).hasToString("15/3a2ee9c3-f231-3221-91e3-d3153b89ee6a");
    }

    @Test
    void toleratesCaseHttpAndTrailingSlash() {
        assertThat(DatatourismeId.parse("http://data.datatourisme.fr/15/3A2EE9C3-F231-3221-91E3-D3153B89EE6A/"))
                .contains(new DatatourismeId("15", "3a2ee9c3-f231-3221-91e3-d3153b89ee6a"));
    }

    @Test
    void refusesOtherIris() {
        assertThat(DatatourismeId.parse(null)).isEmpty();
        assertThat(DatatourismeId.parse("https://example.org/15/3a2ee9c3-f231-3221-91e3-d3153b89ee6a"))
                .isEmpty();
        assertThat(DatatourismeId.parse("https://data.datatourisme.fr/3a2ee9c3-f231-3221-91e3-d3153b89ee6a"))
                .isEmpty();
        assertThat(DatatourismeId.parse("https://data.datatourisme.fr/15/not-a-uuid"))
                .isEmpty();
        assertThat(DatatourismeId.parse("https://data.datatourisme.fr/15/x/3a2ee9c3-f231-3221-91e3-d3153b89ee6a"))
                .isEmpty();
        assertThatThrownBy(() -> new DatatourismeId("1/5", "3a2ee9c3-f231-3221-91e3-d3153b89ee6a"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameObjectRewrittenUnderTheOtherNamespaceHasTheSameIdentityAndHash() throws Exception {
        DatatourismeRecordMapper mapper = new DatatourismeRecordMapper();
        byte[] legacy = SampleFlows.object2020("2/26/15-2679335a-b7fa-31fc-b41f-7ee6548aff62.json");
        byte[] current = new String(legacy, StandardCharsets.UTF_8)
                .replace("datatourisme.gouv.fr", "datatourisme.fr")
                .getBytes(StandardCharsets.UTF_8);
        DatatourismeRecord a = mapper.map(legacy);
        DatatourismeRecord b = mapper.map(current);
        assertThat(a.sourceIri()).startsWith("https://data.datatourisme.gouv.fr/");
        assertThat(b.sourceIri()).startsWith("https://data.datatourisme.fr/");
        assertThat(a.id()).isEqualTo(b.id());
        assertThat(a.contentHash()).isEqualTo(b.contentHash());
        assertThat(a.labels()).isEqualTo(b.labels());
    }

    @Test
    void identityFromTheIndexFileName() {
        IndexEntry entry = new IndexEntry(0, "3/3a/15-3a2ee9c3-f231-3221-91e3-d3153b89ee6a.json", "Circuit", null);
        assertThat(entry.idFromFileName()).contains(new DatatourismeId("15", "3a2ee9c3-f231-3221-91e3-d3153b89ee6a"));
        assertThat(new IndexEntry(0, "x.json", null, null).idFromFileName()).isEmpty();
        assertThat(new IndexEntry(0, null, null, null).idFromFileName()).isEmpty();
    }
}
