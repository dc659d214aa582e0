package fr.ambassade.providers.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void prefixesFormulaTriggersWithAnApostrophe() {
        assertThat(SpreadsheetCells.escapeFormula("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetCells.escapeFormula("+33 3 21 00 00 00")).isEqualTo("'+33 3 21 00 00 00");
        assertThat(SpreadsheetCells.escapeFormula("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetCells.escapeFormula("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.escapeFormula("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetCells.escapeFormula("\rcmd")).isEqualTo("'\rcmd");
    }

    @Test
    void leavesOrdinaryValuesAlone() {
        assertThat(SpreadsheetCells.escapeFormula("Gîte du Terril")).isEqualTo("Gîte du Terril");
        assertThat(SpreadsheetCells.escapeFormula("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetCells.escapeFormula("")).isEmpty();
        assertThat(SpreadsheetCells.escapeFormula(null)).isEmpty();
    }

    @Test
    void quotesCsvFieldsLikeRfc4180() {
        assertThat(SpreadsheetCells.csvField("plain", ';')).isEqualTo("plain");
        assertThat(SpreadsheetCells.csvField("a;b", ';')).isEqualTo("\"a;b\"");
        assertThat(SpreadsheetCells.csvField("say \"hi\"", ';')).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(SpreadsheetCells.csvField("two\nlines", ';')).isEqualTo("\"two\nlines\"");
        assertThat(SpreadsheetCells.csvField("=1;2", ';')).isEqualTo("\"'=1;2\"");
    }
}
