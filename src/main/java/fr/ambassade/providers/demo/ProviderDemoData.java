package fr.ambassade.providers.demo;

import fr.ambassade.accounts.Accounts;
import fr.ambassade.config.AmbassadeProperties;
import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.providers.domain.ContactPerson;
import fr.ambassade.providers.domain.ExternalId;
import fr.ambassade.providers.domain.ExternalIdScheme;
import fr.ambassade.providers.domain.ProviderDetails;
import fr.ambassade.providers.domain.ProviderLabel;
import fr.ambassade.providers.domain.ProviderSeed;
import fr.ambassade.providers.domain.ProviderSeeding;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo directory: about 150 fictional providers (demo=true, e-mails under .test) spread over 40 real communes of
 * the territory, every category, about 30 ambassadors and a few candidates. Idempotent: each demo record carries a
 * SOURCE_SYSTEM identifier {@code demo:<n>} and is created only when missing.
 */
@Component
@Order(40)
class ProviderDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProviderDemoData.class);

    /** The ambassador establishment of the demo login ambassador@demo.ambassade.test. */
    static final String AMBASSADOR_NAME = "Estaminet du Beffroi";
    /** The candidate establishment of the demo login candidate@demo.ambassade.test. */
    static final String CANDIDATE_NAME = "Gîte du Terril";

    record DemoCommune(String code, String name, String postalCode, double lat, double lon) {}

    // Centroids of 40 communes of the territory (Communauté d'agglomération de Béthune-Bruay, Artois-Lys Romane),
    // copied from the territory data set so that the demo does not depend on it at run time.
    static final List<DemoCommune> COMMUNES = List.of(
            new DemoCommune("62119", "Béthune", "62400", 50.52896, 2.64298),
            new DemoCommune("62178", "Bruay-la-Buissière", "62700", 50.48969, 2.55226),
            new DemoCommune("62617", "Nœux-les-Mines", "62290", 50.47491, 2.66258),
            new DemoCommune("62516", "Lillers", "62190", 50.56151, 2.48253),
            new DemoCommune("62048", "Auchel", "62260", 50.51021, 2.46877),
            new DemoCommune("62126", "Beuvry", "62660", 50.53275, 2.69128),
            new DemoCommune("62473", "Isbergues", "62330", 50.61644, 2.45595),
            new DemoCommune("62083", "Barlin", "62620", 50.45668, 2.61508),
            new DemoCommune("62457", "Houdain", "62150", 50.45490, 2.53685),
            new DemoCommune("62270", "Divion", "62460", 50.46981, 2.50454),
            new DemoCommune("62443", "Hersin-Coupigny", "62530", 50.44524, 2.64262),
            new DemoCommune("62276", "Douvrin", "62138", 50.51238, 2.82661),
            new DemoCommune("62035", "Annezin", "62232", 50.54018, 2.61971),
            new DemoCommune("62555", "Marles-les-Mines", "62540", 50.50201, 2.50551),
            new DemoCommune("62194", "Calonne-Ricouart", "62470", 50.48970, 2.48619),
            new DemoCommune("62132", "Billy-Berclau", "62138", 50.51973, 2.86684),
            new DemoCommune("62400", "Haillicourt", "62940", 50.47522, 2.57846),
            new DemoCommune("62846", "Vermelles", "62980", 50.48664, 2.75720),
            new DemoCommune("62051", "Auchy-les-Mines", "62138", 50.50611, 2.78087),
            new DemoCommune("62401", "Haisnes", "62138", 50.50111, 2.79700),
            new DemoCommune("62863", "Violaines", "62138", 50.53837, 2.78025),
            new DemoCommune("62489", "Lapugnoy", "62122", 50.51880, 2.53207),
            new DemoCommune("62848", "Verquin", "62131", 50.50122, 2.64298),
            new DemoCommune("62770", "Saint-Venant", "62350", 50.62277, 2.52551),
            new DemoCommune("62480", "Labourse", "62113", 50.49287, 2.68311),
            new DemoCommune("62188", "Burbure", "62151", 50.53266, 2.46259),
            new DemoCommune("62023", "Allouagne", "62157", 50.53217, 2.50502),
            new DemoCommune("62224", "Chocques", "62920", 50.54076, 2.56215),
            new DemoCommune("62706", "Richebourg", "62136", 50.57920, 2.74681),
            new DemoCommune("62217", "Cauchy-à-la-Tour", "62260", 50.50494, 2.44956),
            new DemoCommune("62252", "La Couture", "62136", 50.57867, 2.69907),
            new DemoCommune("62376", "Gonnehem", "62920", 50.56453, 2.56720),
            new DemoCommune("62735", "Sailly-Labourse", "62113", 50.50144, 2.70268),
            new DemoCommune("62454", "Hinges", "62232", 50.57114, 2.62949),
            new DemoCommune("62841", "Vendin-lès-Béthune", "62232", 50.54612, 2.60669),
            new DemoCommune("62520", "Locon", "62400", 50.57033, 2.66688),
            new DemoCommune("62626", "Noyelles-lès-Vermelles", "62980", 50.49108, 2.72908),
            new DemoCommune("62034", "Annequin", "62149", 50.50376, 2.72033),
            new DemoCommune("62847", "Verquigneul", "62113", 50.50261, 2.66222),
            new DemoCommune("62262", "Cuinchy", "62149", 50.51888, 2.74660));

    // Outside the territory, to show the flag and the filter.
    static final List<DemoCommune> OUTSIDE = List.of(
            new DemoCommune("62498", "Lens", "62300", 50.43770, 2.82150),
            new DemoCommune("62041", "Arras", "62000", 50.28990, 2.76590),
            new DemoCommune("59350", "Lille", "59000", 50.63200, 3.05860));

    static final Map<ProviderCategory, List<String>> TYPES = Map.of(
            ProviderCategory.ACCOMMODATION, List.of("Gîte", "Chambres d'hôtes", "Hôtel", "Camping", "Meublé"),
            ProviderCategory.FOOD,
                    List.of("Boulangerie", "Estaminet", "Restaurant", "Brasserie", "Friterie", "Pâtisserie"),
            ProviderCategory.PRODUCER, List.of("Ferme", "Fromagerie", "Miellerie", "Brasserie artisanale", "Maraîcher"),
            ProviderCategory.CRAFT, List.of("Atelier de céramique", "Verrerie", "Atelier de vannerie", "Ébénisterie"),
            ProviderCategory.ACTIVITY, List.of("Base nautique", "Centre équestre", "Location de vélos", "Escape game"),
            ProviderCategory.HERITAGE_SITE, List.of("Musée", "Château", "Chapelle", "Moulin", "Église"),
            ProviderCategory.SHOP, List.of("Librairie", "Épicerie fine", "Cave à bières", "Boutique"),
            ProviderCategory.OTHER, List.of("Maison des associations", "Médiathèque", "Salle des fêtes"));

    static final List<String> PLACES = List.of(
            "du Beffroi",
            "du Terril",
            "de la Mine",
            "du Canal",
            "des Mineurs",
            "de la Lys",
            "du Coron",
            "de l'Artois",
            "de la Clarence",
            "du Chevalement",
            "de la Gare",
            "du Marais",
            "des Remparts",
            "de la Lawe",
            "du Moulin",
            "des Flandres",
            "de la Grand-Place",
            "du Vieux Puits",
            "des Tilleuls",
            "de la Fosse 9");

    static final List<ProviderLabel> LABELS = List.of(
            new ProviderLabel("kb:LabelRating_AccueilVelo", "Accueil Vélo", "Cycle-friendly"),
            new ProviderLabel("kb:LabelRating_QualiteTourisme", "Qualité Tourisme", "Quality Tourism"),
            new ProviderLabel("kb:LabelRating_TourismeHandicap", "Tourisme & Handicap", "Tourism & Disability"),
            new ProviderLabel("kb:LabelRating_ClefVerte", "Clef Verte", "Green Key"),
            new ProviderLabel("kb:LabelRating_BienvenueALaFerme", "Bienvenue à la ferme", "Welcome to the farm"));

    private final ProviderSeeding providers;
    private final TransactionTemplate tx;
    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    private final AmbassadeProperties properties;
    private final Environment env;

    ProviderDemoData(
            ProviderSeeding providers,
            TransactionTemplate tx,
            JdbcTemplate jdbc,
            AmbassadeProperties properties,
            Environment env,
            Accounts accounts) {
        this.accounts = accounts;
        this.providers = providers;
        this.tx = tx;
        this.jdbc = jdbc;
        this.properties = properties;
        this.env = env;
    }

    private boolean demoMode() {
        return fr.ambassade.config.RunMode.demoData(properties, env);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode()) {
            return;
        }
        // one query and one transaction: the index is written once, at commit
        Set<String> existing = new HashSet<>(jdbc.queryForList(
                "select value from provider_external_id where scheme = 'SOURCE_SYSTEM' and value like 'demo:%'",
                String.class));
        List<Demo> missing = demoProviders().stream()
                .filter(d -> !existing.contains(d.key()))
                .toList();
        if (!missing.isEmpty()) {
            tx.executeWithoutResult(s ->
                    providers.createAll(missing.stream().map(Demo::provider).toList()));
            log.info("Demo providers created: {}", missing.size());
        }
        linkDemoAccount("ambassador@demo.ambassade.test", "demo:ambassador");
        linkDemoAccount("candidate@demo.ambassade.test", "demo:candidate");
    }

    private void linkDemoAccount(String email, String key) {
        tx.executeWithoutResult(s -> providers
                .idOf(ExternalIdScheme.SOURCE_SYSTEM, key)
                .ifPresent(id -> accounts.byEmail(email)
                        .filter(a -> !accounts.establishmentsOf(a.id()).contains(id))
                        .ifPresent(a -> accounts.linkEstablishment(a.id(), id))));
    }

    record Demo(String key, ProviderSeed provider) {}

    static List<Demo> demoProviders() {
        List<Demo> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        names.add(AMBASSADOR_NAME);
        names.add(CANDIDATE_NAME);
        out.add(new Demo(
                "demo:ambassador",
                make(
                        AMBASSADOR_NAME,
                        ProviderCategory.FOOD,
                        "Estaminet",
                        COMMUNES.get(0),
                        false,
                        0,
                        NetworkStatus.AMBASSADOR,
                        List.of(LABELS.get(1)))));
        out.add(new Demo(
                "demo:candidate",
                make(
                        CANDIDATE_NAME,
                        ProviderCategory.ACCOMMODATION,
                        "Gîte",
                        commune("62178"),
                        false,
                        1,
                        NetworkStatus.CANDIDATE,
                        List.of(LABELS.get(0)))));
        ProviderCategory[] categories = ProviderCategory.values();
        for (int i = 0; i < 150; i++) {
            ProviderCategory category = categories[i % categories.length];
            List<String> types = TYPES.get(category);
            String type = types.get((i / categories.length) % types.size());
            String name = null;
            for (int k = 0; name == null || names.contains(name); k++) {
                String place = PLACES.get((i * 7 + k) % PLACES.size());
                name = type + " " + place;
                if (k > PLACES.size()) {
                    name = type + " " + place + " " + (i + 2);
                }
            }
            names.add(name);
            boolean outside = i % 50 == 49;
            DemoCommune c = outside ? OUTSIDE.get((i / 50) % OUTSIDE.size()) : COMMUNES.get((i * 3) % COMMUNES.size());
            NetworkStatus status = i % 5 == 2
                    ? NetworkStatus.AMBASSADOR
                    : i % 23 == 4 ? NetworkStatus.CANDIDATE : i % 41 == 6 ? NetworkStatus.FORMER : NetworkStatus.NONE;
            List<ProviderLabel> labels = new ArrayList<>();
            if (i % 4 == 1) {
                labels.add(LABELS.get(0));
            }
            if (i % 6 == 0) {
                labels.add(LABELS.get(1));
            }
            if (i % 9 == 3) {
                labels.add(LABELS.get(2));
            }
            if (category == ProviderCategory.ACCOMMODATION && i % 3 == 0) {
                labels.add(LABELS.get(3));
            }
            if (category == ProviderCategory.PRODUCER && i % 2 == 0) {
                labels.add(LABELS.get(4));
            }
            out.add(new Demo("demo:" + i, make(name, category, type, c, outside, i + 2, status, labels)));
        }
        return out;
    }

    static DemoCommune commune(String code) {
        return COMMUNES.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    static ProviderSeed make(
            String name,
            ProviderCategory category,
            String type,
            DemoCommune c,
            boolean outside,
            int n,
            NetworkStatus status,
            List<ProviderLabel> labels) {
        // deterministic scatter within about 1.5 km of the centroid
        double dLat = ((n * 37) % 29 - 14) * 0.0009;
        double dLon = ((n * 53) % 31 - 15) * 0.0013;
        boolean located = n % 37 != 10;
        String slug = slug(name);
        Map<String, String> descriptions = new LinkedHashMap<>();
        descriptions.put(
                "fr", type + " à " + c.name() + " : accueil chaleureux, produits et savoir-faire du Bassin minier.");
        descriptions.put("en", type + " in " + c.name() + ": a warm welcome in the former coal-mining basin.");
        ProviderDetails details = new ProviderDetails(
                name,
                category,
                type,
                c.code(),
                c.name(),
                (n % 40 + 1) + " rue " + (n % 2 == 0 ? "de la République" : "Jean Jaurès"),
                c.postalCode(),
                c.name(),
                located ? round(c.lat() + dLat) : null,
                located ? round(c.lon() + dLon) : null,
                String.format(Locale.ROOT, "03 21 61 %02d %02d", n / 100, n % 100),
                "contact@" + slug + ".test",
                "https://www." + slug + ".test/",
                n % 3 == 0 ? List.of("fr", "en", "nl") : List.of("fr", "en"),
                n % 9 == 3 ? List.of("MOTOR", "HEARING") : List.of(),
                null,
                descriptions,
                null,
                outside);
        List<ContactPerson> contacts = n % 4 == 0
                ? List.of(new ContactPerson(
                        FIRST_NAMES.get(n % FIRST_NAMES.size()) + " " + LAST_NAMES.get(n % LAST_NAMES.size()),
                        "gérant·e",
                        "gerance@" + slug + ".test",
                        null))
                : List.of();
        // the status is reached the way real providers reach it: NONE → CANDIDATE → AMBASSADOR → FORMER
        return new ProviderSeed(
                details,
                status,
                labels,
                List.of(new ExternalId(ExternalIdScheme.SOURCE_SYSTEM, key(n))),
                contacts,
                List.of(),
                true);
    }

    static String key(int n) {
        return n == 0 ? "demo:ambassador" : n == 1 ? "demo:candidate" : "demo:" + (n - 2);
    }

    static final List<String> FIRST_NAMES =
            List.of("Camille", "Julien", "Sophie", "Mathieu", "Nadia", "Olivier", "Léa");
    static final List<String> LAST_NAMES = List.of("Lefebvre", "Dupont", "Wiart", "Delattre", "Carpentier", "Lemaire");

    private static double round(double v) {
        return Math.round(v * 100000d) / 100000d;
    }

    static String slug(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("œ", "oe")
                .replace("Œ", "Oe")
                .toLowerCase(Locale.ROOT);
        return n.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
