package fr.ambassade.providers.web;

/** Spreadsheet-safe cell values and RFC 4180 CSV quoting. */
final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /**
     * Prefixes with an apostrophe a value that a spreadsheet would take as a formula (starting with = + - @, a tab
     * or a carriage return): formula injection through imported or typed data.
     */
    static String escapeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char c = value.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + value;
        }
        return value;
    }

    /** RFC 4180: quoted when it holds the separator, a quote, CR or LF; quotes doubled. */
    static String csvField(String value, char separator) {
        String v = escapeFormula(value);
        if (v.indexOf(separator) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
