package fr.ambassade.providers.web;

import fr.ambassade.providers.domain.ExternalId;
import fr.ambassade.providers.domain.ProviderLabel;
import fr.ambassade.providers.domain.ProviderQuery;
import fr.ambassade.providers.domain.ProviderSearch;
import fr.ambassade.providers.domain.ProviderView;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the current filtered list as CSV (UTF-8 with BOM, ';') or XLSX. */
@Component
class ProviderExporter {

    static final int MAX_ROWS = 100_000;
    static final List<String> COLUMNS = List.of(
            "id",
            "name",
            "category",
            "subtype",
            "communeCode",
            "communeName",
            "street",
            "postalCode",
            "locality",
            "latitude",
            "longitude",
            "phone",
            "email",
            "website",
            "networkStatus",
            "labels",
            "externalIds",
            "outsideTerritory",
            "updatedAt");

    private final ProviderSearch search;
    private final MessageSource messages;

    ProviderExporter(ProviderSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    void csv(ProviderQuery query, Locale locale, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        writeCsvLine(w, headers(locale));
        try {
            search.forEach(query, MAX_ROWS, p -> {
                try {
                    writeCsvLine(w, row(p, locale));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    static void writeCsvLine(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(';');
            }
            w.write(SpreadsheetCells.csvField(cells.get(i), ';'));
        }
        w.write("\r\n");
    }

    void xlsx(ProviderQuery query, Locale locale, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Ambassade", "1.0");
        Worksheet ws = wb.newWorksheet(messages.getMessage("providers.export.sheet", null, locale));
        List<String> headers = headers(locale);
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
            ws.style(0, c).bold().set();
        }
        int[] r = {1};
        search.forEach(query, MAX_ROWS, p -> {
            List<String> cells = row(p, locale);
            for (int c = 0; c < cells.size(); c++) {
                ws.value(r[0], c, SpreadsheetCells.escapeFormula(cells.get(c)));
            }
            r[0]++;
        });
        wb.finish();
    }

    private List<String> headers(Locale locale) {
        return COLUMNS.stream()
                .map(c -> messages.getMessage("providers.field." + c, null, c, locale))
                .toList();
    }

    private List<String> row(ProviderView p, Locale locale) {
        List<String> cells = new ArrayList<>();
        cells.add(String.valueOf(p.id()));
        cells.add(p.name());
        cells.add(messages.getMessage(
                "ProviderCategory." + p.category(), null, p.category().name(), locale));
        cells.add(p.subtype());
        cells.add(p.communeCode());
        cells.add(p.communeName());
        cells.add(p.street());
        cells.add(p.postalCode());
        cells.add(p.locality());
        cells.add(p.latitude() == null ? null : p.latitude().toString());
        cells.add(p.longitude() == null ? null : p.longitude().toString());
        cells.add(p.phone());
        cells.add(p.email());
        cells.add(p.website());
        cells.add(messages.getMessage(
                "NetworkStatus." + p.networkStatus(), null, p.networkStatus().name(), locale));
        cells.add(p.labels().stream().map(l -> l.name(locale)).collect(Collectors.joining(", ")));
        cells.add(p.externalIds().stream().map(ExternalId::toString).collect(Collectors.joining(", ")));
        cells.add(messages.getMessage(p.outsideTerritory() ? "providers.yes" : "providers.no", null, locale));
        cells.add(p.updatedAt() == null ? null : p.updatedAt().toString());
        return cells;
    }

    static String labelNames(List<ProviderLabel> labels, Locale locale) {
        return labels.stream().map(l -> l.name(locale)).collect(Collectors.joining(", "));
    }
}
