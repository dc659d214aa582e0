package fr.ambassade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards French-first, bilingual (and Dutch for the public site) text: every key in every language, no
 * literal text in templates, every key a template uses defined.
 */
class I18nTests {

    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
    static final Set<String> TRANSLATED_ATTRIBUTES =
            Set.of("alt", "title", "placeholder", "aria-label", "value", "content", "label");

    static Map<String, Properties> bundles = new TreeMap<>();

    @BeforeAll
    static void load() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(f)) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                bundles.put(f.getFileName().toString(), p);
            }
        }
    }

    static Set<String> keys(String language) {
        Set<String> keys = new TreeSet<>();
        bundles.forEach((file, props) -> {
            boolean matches = switch (language) {
                case "fr" -> !file.matches(".*_[a-z]{2}\\.properties");
                default -> file.endsWith("_" + language + ".properties");
            };
            if (matches) {
                props.stringPropertyNames().forEach(keys::add);
            }
        });
        return keys;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        Set<String> fr = keys("fr");
        Set<String> en = keys("en");
        assertThat(difference(fr, en)).as("keys missing in English").isEmpty();
        assertThat(difference(en, fr)).as("keys missing in French").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwiceWithDifferentTexts() {
        List<String> clashes = new ArrayList<>();
        for (String language : List.of("", "_en", "_nl")) {
            Map<String, String> seen = new TreeMap<>();
            Map<String, String> where = new TreeMap<>();
            bundles.forEach((file, props) -> {
                boolean matches = language.isEmpty()
                        ? !file.matches(".*_[a-z]{2}\\.properties")
                        : file.endsWith(language + ".properties");
                if (!matches) {
                    return;
                }
                for (String key : props.stringPropertyNames()) {
                    String value = props.getProperty(key);
                    if (seen.containsKey(key) && !seen.get(key).equals(value)) {
                        clashes.add(key + " in " + where.get(key) + " and " + file);
                    }
                    seen.putIfAbsent(key, value);
                    where.putIfAbsent(key, file);
                }
            });
        }
        assertThat(clashes)
                .as("the same key with different texts in two bundles (one silently wins)")
                .isEmpty();
    }

    @Test
    void everyDutchBundleIsComplete() {
        bundles.forEach((file, props) -> {
            if (file.endsWith("_nl.properties")) {
                String base = file.replace("_nl.properties", ".properties");
                assertThat(difference(bundles.get(base).stringPropertyNames(), props.stringPropertyNames()))
                        .as("keys of %s missing in %s", base, file)
                        .isEmpty();
            }
        });
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> fr = keys("fr");
        Set<String> en = keys("en");
        Set<String> nl = keys("nl");
        List<String> missing = new ArrayList<>();
        for (Path t : templates()) {
            String text = Files.readString(t);
            boolean publicFacing = isPublic(t);
            Matcher m = KEY.matcher(text);
            while (m.find()) {
                String key = m.group(1);
                if (!fr.contains(key)) missing.add(t + ": " + key + " (fr)");
                if (!en.contains(key)) missing.add(t + ": " + key + " (en)");
                if (publicFacing && !nl.contains(key)) missing.add(t + ": " + key + " (nl)");
            }
        }
        assertThat(missing).as("message keys used by templates but not defined").isEmpty();
    }

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path t : templates()) {
            String source = Files.readString(t);
            if (t.toString().endsWith(".txt")) {
                String stripped = source.replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]|\\[#.*?]|\\[/]", "");
                if (stripped.matches("(?s).*\\p{L}.*")) {
                    literals.add(t + ": " + stripped.strip().lines().findFirst().orElse(""));
                }
                continue;
            }
            Document doc = Jsoup.parse(source, "", Parser.xmlParser());
            for (Element e : doc.getAllElements()) {
                if (e.tagName().equals("script") || e.tagName().equals("style") || hasTextAttribute(e)) {
                    continue;
                }
                if (isInsideReplacedElement(e)) {
                    continue;
                }
                for (TextNode n : e.textNodes()) {
                    String s = n.text().strip();
                    if (s.matches(".*\\p{L}.*") && !s.matches("[\\[(]\\(?\\$\\{.*}\\)?[\\])]")) {
                        literals.add(t + ": <" + e.tagName() + "> \"" + s + "\"");
                    }
                }
                for (String a : TRANSLATED_ATTRIBUTES) {
                    if (e.hasAttr(a)
                            && e.attr(a).matches(".*\\p{L}.*")
                            && !e.hasAttr("th:" + a)
                            && !literalAttributeAllowed(e, a)) {
                        literals.add(t + ": <" + e.tagName() + " " + a + "=\"" + e.attr(a) + "\">");
                    }
                }
            }
        }
        assertThat(literals)
                .as("literal text in templates (use #{...} messages)")
                .isEmpty();
    }

    private static boolean literalAttributeAllowed(Element e, String attribute) {
        // technical values, not text: <meta name="viewport" content="…">, <input value="…"> set by th:field
        return (e.tagName().equals("meta") && attribute.equals("content"))
                || (attribute.equals("value")
                        && (e.hasAttr("th:field")
                                || e.attr("type").equals("hidden")
                                || e.tagName().equals("option")
                                || e.attr("type").matches("checkbox|radio")));
    }

    private static boolean hasTextAttribute(Element e) {
        return e.hasAttr("th:text")
                || e.hasAttr("th:errors")
                || e.hasAttr("sec:authentication")
                || e.hasAttr("th:utext")
                || e.hasAttr("th:replace")
                || e.hasAttr("th:insert")
                || e.attr("th:remove").matches("all|body");
    }

    private static boolean isInsideReplacedElement(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.hasAttr("th:text")
                    || p.hasAttr("th:errors")
                    || p.hasAttr("th:utext")
                    || p.attr("th:remove").matches("all|body")
                    || (p.hasAttr("th:replace") && !p.tagName().equals("html"))
                    || (p.hasAttr("th:insert") && !p.tagName().equals("html"))) {
                return true;
            }
        }
        return false;
    }

    static boolean isPublic(Path t) {
        String s = TEMPLATES.relativize(t).toString().replace('\\', '/');
        return s.startsWith("site/")
                || s.equals("layout/site.html")
                || s.startsWith("error/")
                || s.startsWith("mail/visitor-");
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            return s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
    }

    static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
