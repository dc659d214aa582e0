package fr.ambassade.providers.importing.web;

import fr.ambassade.providers.importing.ImportRun;
import fr.ambassade.providers.importing.ImportRunItem;
import fr.ambassade.providers.importing.ImportRuns;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A run's report as CSV for spreadsheets: UTF-8 with BOM, {@code ;}, RFC 4180 quoting, and cells that a spreadsheet
 * would take for a formula prefixed with an apostrophe (the values come from imported files).
 */
@Component
public class ImportReportCsv {

    private final ImportRuns runs;
    private final MessageSource messages;

    ImportReportCsv(ImportRuns runs, MessageSource messages) {
        this.runs = runs;
        this.messages = messages;
    }

    public void write(ImportRun run, Locale locale, OutputStream out) {
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\uFEFF');
            line(
                    w,
                    msg("providers.imports.report.summary", locale),
                    run.sourceName(),
                    run.status().name(),
                    run.summaryLine(),
                    run.errorMessage());
            line(
                    w,
                    msg("providers.imports.report.position", locale),
                    msg("providers.imports.report.record", locale),
                    msg("providers.imports.report.name", locale),
                    msg("providers.imports.report.outcome", locale),
                    msg("providers.imports.report.code", locale),
                    msg("providers.imports.report.reason", locale),
                    msg("providers.imports.report.field", locale),
                    msg("providers.imports.report.detail", locale),
                    msg("providers.imports.report.provider", locale));
            runs.eachItem(run.id(), item -> {
                try {
                    line(
                            w,
                            item.position() == null ? "" : item.position().toString(),
                            item.recordIdentity(),
                            item.recordName(),
                            messages.getMessage(
                                    "ItemOutcome." + item.outcome().name(),
                                    null,
                                    item.outcome().name(),
                                    locale),
                            item.reasonCode(),
                            reason(item, locale),
                            item.field(),
                            item.detail(),
                            item.providerId() == null ? "" : item.providerId().toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String reason(ImportRunItem item, Locale locale) {
        return messages.getMessage("providers.imports.reason." + item.reasonCode(), null, item.reasonCode(), locale);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static void line(Writer w, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(';');
            }
            w.write(field(cells[i]));
        }
        w.write("\r\n");
    }

    /** Formula-escaped and RFC 4180-quoted. */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        char c = v.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            v = "'" + v;
        }
        if (v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
