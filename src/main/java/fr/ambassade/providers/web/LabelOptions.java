package fr.ambassade.providers.web;

import fr.ambassade.providers.domain.ProviderLabel;
import fr.ambassade.providers.domain.ProviderView;
import fr.ambassade.providers.importing.datatourisme.ReviewValueNames;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The labels and classifications staff can give a provider by hand: those of the DATAtourisme vocabulary (shipped
 * with the application, {@link ReviewValueNames}), plus any other the provider already holds (from a CSV import,
 * for instance), so that editing never drops one silently.
 */
@Component
class LabelOptions {

    /** One checkbox. */
    record Option(String code, String name, boolean checked) {}

    /** A group of checkboxes: {@code OTHER} (held, outside the vocabulary), {@code LABEL}, {@code CLASSIFICATION}. */
    record Group(String key, List<Option> options) {

        public long checkedCount() {
            return options.stream().filter(Option::checked).count();
        }
    }

    private final ReviewValueNames vocabulary = ReviewValueNames.bundled();

    /** Labels by code: the provider's own (with the names it holds), then the vocabulary's. */
    Map<String, ProviderLabel> known(ProviderView provider) {
        Map<String, ProviderLabel> known = new LinkedHashMap<>();
        if (provider != null) {
            provider.labels().forEach(l -> known.put(l.getCode(), l));
        }
        for (ReviewValueNames.Entry e : vocabulary.catalogue()) {
            known.putIfAbsent(
                    e.id(),
                    new ProviderLabel(e.id(), e.name(Locale.FRENCH), e.names().get("en")));
        }
        return known;
    }

    List<Group> groups(ProviderView provider, Collection<String> checkedCodes, Locale locale) {
        Collection<String> checked = checkedCodes == null ? List.of() : checkedCodes;
        Map<String, ReviewValueNames.Entry> inVocabulary = new LinkedHashMap<>();
        vocabulary.catalogue().forEach(e -> inVocabulary.put(e.id(), e));
        List<Option> other = new ArrayList<>();
        if (provider != null) {
            for (ProviderLabel l : provider.labels()) {
                if (!inVocabulary.containsKey(l.getCode())) {
                    other.add(new Option(l.getCode(), l.name(locale), checked.contains(l.getCode())));
                }
            }
        }
        List<Option> labels = new ArrayList<>();
        List<Option> classifications = new ArrayList<>();
        for (ReviewValueNames.Entry e : inVocabulary.values()) {
            Option o = new Option(e.id(), e.name(locale), checked.contains(e.id()));
            (e.classification() ? classifications : labels).add(o);
        }
        Collator collator = Collator.getInstance(locale == null ? Locale.FRENCH : locale);
        Comparator<Option> byName = Comparator.comparing(Option::name, collator).thenComparing(Option::code);
        List<Group> groups = new ArrayList<>();
        if (!other.isEmpty()) {
            other.sort(byName);
            groups.add(new Group("OTHER", other));
        }
        labels.sort(byName);
        classifications.sort(byName);
        groups.add(new Group("LABEL", labels));
        groups.add(new Group("CLASSIFICATION", classifications));
        return groups;
    }
}
