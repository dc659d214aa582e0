package fr.ambassade.providers.importing.bench;

import fr.ambassade.providers.importing.TestFlows;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a synthetic DATAtourisme flow folder ({@code index.json}, {@code context.jsonld},
 * {@code objects/<h>/<hh>/<producer>-<uuid>.json}) for the import benchmark (docs/benchmarks.md, issue 3).
 *
 * <p>Every record is one of the real provider samples of {@code src/test/resources/datatourisme} (events and tours
 * left out: they are skipped by the import, and the benchmark measures providers), under the current hosts, with a
 * fresh identity and source identifier, a French name built from word lists, an address in one of the territory's
 * communes (drawn by population, so that no record is skipped as outside the territory) with coordinates near its
 * centre, and a French description padded or trimmed so that object sizes follow a log-normal law of median
 * {@value #MEDIAN_BYTES} bytes (the real objects' median is 15–20 KB). Deterministic for a given seed.
 *
 * <p>Usage: {@code SyntheticFlowGenerator <empty-or-missing-folder> [records=100000] [seed=42]}. Refuses to start when
 * the folder's file system has less than three times the estimated size free.
 */
public final class SyntheticFlowGenerator {

    static final int MEDIAN_BYTES = 17_000;
    /** Average bytes on disk per object besides its content: a partly used block and its directory entry. */
    static final int DISK_OVERHEAD_BYTES = 2_500;

    private static final int MAX_DESCRIPTION_CHARS = 19_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> SKIPPED_TYPES = List.of("EntertainmentAndEvent", "Tour");

    private static final String[] LODGING = {
        "Gîte",
        "Gîte rural",
        "Chambres d'hôtes",
        "Chambre d'hôtes",
        "Hôtel",
        "Camping",
        "Meublé de tourisme",
        "Auberge",
        "Gîte de groupe",
        "Maison d'hôtes",
        "Hôtel-restaurant"
    };
    private static final String[] FOOD = {
        "Estaminet",
        "Brasserie",
        "Restaurant",
        "Friterie",
        "Bistrot",
        "Crêperie",
        "Auberge",
        "Taverne",
        "Estaminet flamand",
        "Salon de thé",
        "Ferme-auberge"
    };
    private static final String[] HERITAGE = {
        "Musée",
        "Château",
        "Église",
        "Beffroi",
        "Chapelle",
        "Moulin",
        "Terril",
        "Musée de la Mine",
        "Jardin",
        "Abbaye",
        "Cité minière",
        "Chevalement",
        "Fort",
        "Mémorial"
    };
    private static final String[] PRODUCER = {
        "Ferme",
        "Boulangerie",
        "Brasserie artisanale",
        "Fromagerie",
        "Chocolaterie",
        "Cave",
        "Épicerie fine",
        "Boucherie",
        "Pâtisserie",
        "Cidrerie",
        "Distillerie",
        "Verger"
    };
    private static final String[] LEISURE = {
        "Location de vélos",
        "Base nautique",
        "Centre équestre",
        "Piscine",
        "Golf",
        "Parc de loisirs",
        "Accrobranche",
        "Club de canoë",
        "Bowling",
        "Escape game",
        "Ferme pédagogique"
    };
    private static final String[] OTHER = {
        "Office de tourisme",
        "Salle des fêtes",
        "Centre de congrès",
        "Maison du tourisme",
        "Point information",
        "Espace culturel"
    };
    private static final String[] PLACES = {
        "du Moulin",
        "de la Gare",
        "des Tilleuls",
        "du Beffroi",
        "Saint-Éloi",
        "Saint-Vaast",
        "des Hirondelles",
        "du Coron",
        "de la Fosse 9",
        "du Terril",
        "de la Lys",
        "des Flandres",
        "du Marais",
        "de la Clarence",
        "du Vieux Chêne",
        "des Prés",
        "de l'Artois",
        "du Château",
        "de la Place",
        "des Houblons",
        "du Canal",
        "de la Mine",
        "des Mineurs",
        "du Bois",
        "des Étangs",
        "de la Vallée",
        "du Lac",
        "des Peupliers",
        "de la Forge",
        "Sainte-Barbe",
        "du Pont",
        "de l'Abbaye",
        "des Trois Fontaines",
        "du Val",
        "de la Chaussée",
        "des Géants",
        "du Carillon",
        "de la Houve",
        "des Briques",
        "du Verger"
    };
    private static final String[] FAMILIES = {
        "Dupont",
        "Lefebvre",
        "Lemaire",
        "Dubois",
        "Leroy",
        "Carpentier",
        "Delattre",
        "Vasseur",
        "Deschamps",
        "Lecomte",
        "Caron",
        "Delcourt",
        "Duhamel",
        "Lefort",
        "Bécart",
        "Wallart",
        "Delannoy",
        "Dhainaut",
        "Lenglet",
        "Vandenbussche",
        "Declercq",
        "Hennebelle",
        "Lheureux"
    };
    private static final String[] STREETS = {
        "rue de la Gare",
        "rue Principale",
        "place du Général de Gaulle",
        "rue Jean Jaurès",
        "rue Victor Hugo",
        "chemin des Prés",
        "rue de l'Église",
        "rue du Moulin",
        "avenue de la République",
        "rue Pasteur",
        "rue des Écoles",
        "route nationale",
        "rue Émile Zola",
        "cité des Mineurs",
        "rue d'Aire",
        "rue de Lillers",
        "chemin du Halage"
    };

    private static final String[] OPENINGS = {
        "Au cœur du bassin minier,",
        "À deux pas du beffroi,",
        "Le long du canal d'Aire,",
        "Dans un ancien corps de ferme,",
        "Au pied des terrils jumeaux,",
        "En lisière de la forêt,",
        "Dans une maison de maître du XIXe siècle,",
        "Sur la route des estaminets,",
        "Au bord de la Lys,",
        "Près de la cité minière classée au patrimoine mondial de l'UNESCO,",
        "Au calme, en pleine campagne,",
        "En plein centre-ville,"
    };
    private static final String[] VERBS = {
        "vous accueille pour",
        "vous propose",
        "vous fait découvrir",
        "met à votre disposition",
        "vous invite à découvrir",
        "vous ouvre ses portes pour",
        "vous réserve"
    };
    /** Per kind (lodging, food, heritage, producer, leisure, other): what a description of that kind talks about. */
    private static final java.util.Map<String, String[]> SUBJECTS = java.util.Map.of(
            "lodging", new String[] {"notre gîte", "la chambre d'hôtes", "le camping", "l'hôtel", "la maison"},
            "food", new String[] {"l'estaminet", "le restaurant", "la brasserie", "notre chef", "la friterie"},
            "heritage", new String[] {"le musée", "le château", "le site", "l'église", "le beffroi"},
            "producer", new String[] {"la ferme", "la boulangerie", "notre atelier", "la boutique", "le producteur"},
            "leisure", new String[] {"la base de loisirs", "notre équipe", "le centre équestre", "le club"},
            "other", new String[] {"l'office de tourisme", "notre équipe", "l'espace d'accueil"});

    private static final java.util.Map<String, String[]> OBJECTS = java.util.Map.of(
            "lodging",
                    new String[] {
                        "des chambres confortables et lumineuses",
                        "un jardin fleuri",
                        "un espace bien-être avec sauna",
                        "un parking privé et un garage à vélos",
                        "des emplacements ombragés pour tentes et camping-cars",
                        "un petit-déjeuner aux produits locaux",
                        "deux chambres doubles et une suite familiale",
                        "une cuisine équipée et un salon avec cheminée"
                    },
            "food",
                    new String[] {
                        "une cuisine régionale à base de produits du terroir",
                        "la carbonade flamande et le welsh",
                        "les bières de la brasserie voisine",
                        "des tartes au maroilles",
                        "une terrasse ensoleillée",
                        "les spécialités du Nord",
                        "un menu du jour fait maison",
                        "des frites cuites à la graisse de bœuf"
                    },
            "heritage",
                    new String[] {
                        "l'histoire de la mine et des mineurs",
                        "des visites guidées en français, en anglais et en néerlandais",
                        "des concerts de carillon",
                        "une collection d'outils de mineurs",
                        "des expositions temporaires",
                        "des vitraux du XVIe siècle",
                        "la salle des pendus et la lampisterie",
                        "un parcours pour les enfants"
                    },
            "producer",
                    new String[] {
                        "des produits fermiers en vente directe",
                        "du pain au levain cuit au feu de bois",
                        "des fromages affinés sur place",
                        "des bières artisanales",
                        "des légumes de saison",
                        "des animaux de la ferme",
                        "des visites de l'exploitation",
                        "des chocolats et des pâtisseries"
                    },
            "leisure",
                    new String[] {
                        "des balades à vélo sur les véloroutes",
                        "la location de vélos électriques",
                        "des randonnées pédestres balisées",
                        "la découverte des terrils et de leur faune",
                        "des sorties en canoë sur la Lys",
                        "des ateliers pour les enfants",
                        "des cours d'équitation",
                        "un parcours dans les arbres"
                    },
            "other",
                    new String[] {
                        "un accueil chaleureux toute l'année",
                        "des brochures et des cartes de randonnée",
                        "la billetterie des spectacles",
                        "des salles de réunion",
                        "des conseils pour votre séjour",
                        "la boutique des produits du territoire"
                    });
    private static final String[] CLOSINGS = {
        "Accueil Vélo.",
        "Animaux acceptés.",
        "Wifi gratuit.",
        "Ouvert toute l'année.",
        "Réservation conseillée le week-end.",
        "Accessible aux personnes à mobilité réduite.",
        "Chèques vacances acceptés.",
        "Label Qualité Tourisme.",
        "Groupes sur réservation.",
        "Fermé le lundi.",
        "Parking gratuit.",
        "Visites libres ou guidées."
    };
    /** Translations pad the objects to their size, as in real records (descriptions in several languages). */
    private static final String[] ENGLISH = {
        "Welcome to the heart of the former mining basin.",
        "Our team will be happy to advise you on what to see and do in the area.",
        "The property is located a few minutes from the town centre and the shops.",
        "Guided tours are available in English on request, for groups and individuals.",
        "Enjoy the peace of the countryside, the footpaths and the cycle routes nearby.",
        "Breakfast is served in the dining room or on the terrace in summer.",
        "The slag heaps, now natural areas, offer splendid views over the plain.",
        "Pets are welcome, free private parking, free wifi throughout."
    };

    private static final String[] DUTCH = {
        "Welkom in het hart van het voormalige mijnbekken.",
        "Ons team geeft u graag advies over wat er in de omgeving te zien en te doen is.",
        "Het ligt op enkele minuten van het centrum en de winkels.",
        "Rondleidingen in het Nederlands zijn op aanvraag mogelijk, voor groepen en individuele bezoekers.",
        "Geniet van de rust van het platteland, de wandelpaden en de fietsroutes in de buurt.",
        "Het ontbijt wordt geserveerd in de eetzaal of in de zomer op het terras."
    };

    record Template(ObjectNode object, String kind, String[] prefixes, int skeletonBytes) {}

    record Commune(String code, String name, String postalCode, double longitude, double latitude, int population) {}

    private final List<Template> templates;
    private final List<Commune> communes;
    private final long[] cumulativePopulation;
    private final Random random;

    SyntheticFlowGenerator(long seed) {
        this.random = new Random(seed);
        this.communes = readCommunes();
        this.cumulativePopulation = new long[communes.size()];
        long sum = 0;
        for (int i = 0; i < communes.size(); i++) {
            sum += Math.max(1, communes.get(i).population());
            cumulativePopulation[i] = sum;
        }
        this.templates = readTemplates();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: SyntheticFlowGenerator <empty-or-missing-folder> [records=100000] [seed=42]");
            System.exit(1);
        }
        Path target = Path.of(args[0]).toAbsolutePath();
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        try {
            new SyntheticFlowGenerator(seed).write(target, records);
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Bytes the flow needs on disk, roughly: the objects at their median size plus block and directory overhead. */
    static long estimatedBytes(int records) {
        return (long) records * (MEDIAN_BYTES * 11L / 10 + DISK_OVERHEAD_BYTES) + 1_000_000;
    }

    void write(Path target, int records) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> existing = Files.list(target)) {
            if (existing.findAny().isPresent()) {
                throw new IllegalStateException("Refusing to write into a non-empty folder: " + target);
            }
        }
        FileStore store = Files.getFileStore(target);
        long needed = estimatedBytes(records);
        long free = store.getUsableSpace();
        if (free < 3 * needed) {
            throw new IllegalStateException(String.format(
                    "Not enough free disk space in %s: %,d MB free, the flow "
                            + "needs about %,d MB and the benchmark asks for three times that (%,d MB) to leave room for the "
                            + "database and the search index.",
                    target, free >> 20, needed >> 20, (3 * needed) >> 20));
        }
        System.out.printf(
                "Writing %,d records into %s (about %,d MB; %,d MB free)%n", records, target, needed >> 20, free >> 20);
        Files.writeString(target.resolve("context.jsonld"), TestFlows.context2023(), StandardCharsets.UTF_8);
        long started = System.nanoTime();
        long total = 0;
        int[] sizes = new int[records];
        try (BufferedWriter index = Files.newBufferedWriter(target.resolve("index.json"), StandardCharsets.UTF_8)) {
            index.write("[\n");
            for (int i = 0; i < records; i++) {
                Generated g = next(i);
                String uuid = g.uuid();
                String file = uuid.charAt(0) + "/" + uuid.substring(0, 2) + "/" + g.producer() + "-" + uuid + ".json";
                Path path = target.resolve("objects").resolve(file);
                Files.createDirectories(path.getParent());
                Files.write(path, g.content());
                sizes[i] = g.content().length;
                total += g.content().length;
                ObjectNode line = JSON.createObjectNode();
                line.put("label", g.name());
                line.put("lastUpdateDatatourisme", "2026-11-20T01:22:56.558Z");
                line.put("file", file);
                index.write(i == 0 ? "" : ",\n");
                index.write(JSON.writeValueAsString(line));
                if ((i + 1) % 10_000 == 0) {
                    System.out.printf("  %,d records written%n", i + 1);
                }
            }
            index.write("\n]\n");
        }
        Arrays.sort(sizes);
        System.out.printf(
                "Done in %.0f s: %,d records, %,d MB, object size median %,d bytes (p10 %,d, p90 %,d, " + "max %,d)%n",
                (System.nanoTime() - started) / 1e9,
                records,
                total >> 20,
                sizes[records / 2],
                sizes[records / 10],
                sizes[records * 9 / 10],
                sizes[records - 1]);
    }

    record Generated(String producer, String uuid, String name, byte[] content) {}

    Generated next(int n) {
        int wanted = (int) Math.round(MEDIAN_BYTES * Math.exp(0.35 * random.nextGaussian()));
        wanted = Math.max(5_000, Math.min(60_000, wanted));
        Template template = pickTemplate(wanted);
        ObjectNode o = template.object().deepCopy();
        String producer = producerOf(o);
        String uuid = new UUID(random.nextLong(), random.nextLong()).toString();
        o.put("@id", "https://data.datatourisme.fr/" + producer + "/" + uuid);
        o.put("dc:identifier", String.format("BENCH%07d", n));
        Commune commune = pickCommune();
        String name = name(template, commune);
        ObjectNode label = JSON.createObjectNode();
        label.putArray("fr").add(name);
        o.set("rdfs:label", label);
        ObjectNode comment = JSON.createObjectNode();
        comment.putArray("fr").add(sentence(template.kind()));
        o.set("rdfs:comment", comment);
        locate(o, commune);
        int room = Math.max(0, wanted - template.skeletonBytes() - name.length() - 200);
        // a French description of about 1,500 characters, like the samples'; the rest of the size in translations
        int french = Math.min(room, (int) Math.round(1_500 * Math.exp(0.5 * random.nextGaussian())));
        int english = Math.min(MAX_DESCRIPTION_CHARS, (room - french) * 6 / 10);
        int dutch = Math.min(MAX_DESCRIPTION_CHARS, room - french - english);
        setDescription(o, text(template.kind(), Math.max(80, french)), filler(ENGLISH, english), filler(DUTCH, dutch));
        return new Generated(producer, uuid, name, JSON.writeValueAsBytes(o));
    }

    private Template pickTemplate(int wanted) {
        List<Template> fitting = new ArrayList<>();
        for (Template t : templates) {
            if (t.skeletonBytes() + 1_000 <= wanted) {
                fitting.add(t);
            }
        }
        if (fitting.isEmpty()) {
            return templates.stream()
                    .min(java.util.Comparator.comparingInt(Template::skeletonBytes))
                    .orElseThrow();
        }
        return fitting.get(random.nextInt(fitting.size()));
    }

    private Commune pickCommune() {
        long r = (long) (random.nextDouble() * cumulativePopulation[cumulativePopulation.length - 1]);
        int i = Arrays.binarySearch(cumulativePopulation, r + 1);
        return communes.get(i >= 0 ? i : -i - 1);
    }

    private String name(Template template, Commune commune) {
        String prefix = pick(template.prefixes());
        return switch (random.nextInt(5)) {
            case 0 -> prefix + " " + pick(PLACES) + " de " + commune.name();
            case 1 -> prefix + " " + pick(FAMILIES);
            case 2 -> prefix + " Chez " + pick(FAMILIES);
            default -> prefix + " " + pick(PLACES);
        };
    }

    private void locate(ObjectNode o, Commune commune) {
        JsonNode places = o.get("isLocatedAt");
        if (places == null || !places.isArray() || places.isEmpty()) {
            return;
        }
        ObjectNode place = (ObjectNode) places.get(0);
        JsonNode addresses = place.get("schema:address");
        if (addresses != null && addresses.isArray() && !addresses.isEmpty()) {
            ObjectNode address = (ObjectNode) addresses.get(0);
            address.put("schema:addressLocality", commune.name());
            address.put("schema:postalCode", commune.postalCode());
            address.putArray("schema:streetAddress").add((1 + random.nextInt(120)) + " " + pick(STREETS));
            ArrayNode cities = address.putArray("hasAddressCity");
            ObjectNode city = cities.addObject();
            city.put("@id", "kb:" + commune.code());
            city.putArray("@type").add("City");
            city.putObject("rdfs:label").putArray("fr").add(commune.name());
            city.put("insee", commune.code());
            ObjectNode department = city.putArray("isPartOfDepartment").addObject();
            department.put("@id", "kb:France3262");
            department.putArray("@type").add("Department");
            department.putObject("rdfs:label").putArray("fr").add("Pas-de-Calais");
            department.put("insee", "62");
            ObjectNode region = department.putArray("isPartOfRegion").addObject();
            region.put("@id", "kb:France32");
            region.putArray("@type").add("Region");
            region.putObject("rdfs:label").putArray("fr").add("Hauts-de-France");
            region.put("insee", "32");
        }
        JsonNode geo = place.get("schema:geo");
        if (geo instanceof ObjectNode g) {
            g.put(
                    "schema:latitude",
                    String.format(
                            java.util.Locale.ROOT, "%.7f", commune.latitude() + (random.nextDouble() - 0.5) * 0.02));
            g.put(
                    "schema:longitude",
                    String.format(
                            java.util.Locale.ROOT, "%.7f", commune.longitude() + (random.nextDouble() - 0.5) * 0.03));
        }
    }

    private static void setDescription(ObjectNode o, String text, String english, String dutch) {
        JsonNode descriptions = o.get("hasDescription");
        ObjectNode description;
        if (descriptions != null
                && descriptions.isArray()
                && !descriptions.isEmpty()
                && descriptions.get(0) instanceof ObjectNode first) {
            description = first;
        } else {
            description = o.putArray("hasDescription").addObject();
            description.putArray("@type").add("Description");
        }
        ObjectNode value = JSON.createObjectNode();
        value.putArray("fr").add(text);
        if (!english.isEmpty()) {
            value.putArray("en").add(english);
        }
        if (!dutch.isEmpty()) {
            value.putArray("nl").add(dutch);
        }
        description.set("dc:description", value);
        if (description.has("shortDescription")) {
            ObjectNode shortValue = JSON.createObjectNode();
            shortValue.putArray("fr").add(text.substring(0, Math.min(text.length(), 180)));
            description.set("shortDescription", shortValue);
        }
    }

    private String text(String kind, int chars) {
        StringBuilder s = new StringBuilder(chars + 200);
        while (s.length() < chars) {
            if (!s.isEmpty()) {
                s.append(random.nextInt(6) == 0 ? "\n" : " ");
            }
            s.append(sentence(kind));
        }
        return s.toString();
    }

    private String filler(String[] sentences, int chars) {
        StringBuilder s = new StringBuilder(Math.max(0, chars) + 200);
        while (s.length() < chars) {
            s.append(s.isEmpty() ? "" : " ").append(pick(sentences));
        }
        return s.toString();
    }

    private String sentence(String kind) {
        String[] objects = OBJECTS.get(kind);
        return pick(OPENINGS) + " " + pick(SUBJECTS.get(kind)) + " " + pick(VERBS) + " " + pick(objects) + " et "
                + pick(objects) + ". " + (random.nextInt(3) == 0 ? pick(CLOSINGS) : "");
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String producerOf(ObjectNode o) {
        String id = o.get("@id").asString();
        String[] parts = id.substring(id.indexOf("://") + 3).split("/");
        return parts[1];
    }

    private static List<Template> readTemplates() {
        List<String> samples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TestFlows.archive2020().resolve("objects"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> samples.add(TestFlows.read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> files = Files.list(TestFlows.objects2023())) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> samples.add(TestFlows.read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Template> templates = new ArrayList<>();
        for (String sample : samples) {
            ObjectNode o = (ObjectNode) JSON.readTree(TestFlows.under2023Namespace(sample));
            List<String> types = new ArrayList<>();
            o.get("@type").forEach(t -> types.add(t.asString()));
            if (types.stream().anyMatch(SKIPPED_TYPES::contains)) {
                continue;
            }
            String kind;
            String[] prefixes;
            if (types.contains("Accommodation")) {
                kind = "lodging";
                prefixes = LODGING;
            } else if (types.contains("FoodEstablishment")) {
                kind = "food";
                prefixes = FOOD;
            } else if (types.contains("CulturalSite")
                    || types.contains("NaturalHeritage")
                    || types.contains("CityHeritage")) {
                kind = "heritage";
                prefixes = HERITAGE;
            } else if (types.contains("Producer")
                    || types.contains("TastingProvider")
                    || types.contains("BoutiqueOrLocalShop")
                    || types.contains("Product")) {
                kind = "producer";
                prefixes = PRODUCER;
            } else if (types.contains("SportsAndLeisurePlace")
                    || types.contains("EquipmentRental")
                    || types.contains("Course")
                    || types.contains("ActivityProvider")) {
                kind = "leisure";
                prefixes = LEISURE;
            } else {
                kind = "other";
                prefixes = OTHER;
            }
            ObjectNode skeleton = o.deepCopy();
            setDescription(skeleton, "", "", "");
            skeleton.set("rdfs:comment", JSON.createObjectNode());
            skeleton.set("rdfs:label", JSON.createObjectNode());
            int bytes = JSON.writeValueAsBytes(skeleton).length + 600; // the address and names written later
            templates.add(new Template(o, kind, prefixes, bytes));
        }
        return templates;
    }

    private static List<Commune> readCommunes() {
        try (InputStream in =
                SyntheticFlowGenerator.class.getResourceAsStream("/data/territory/communes-cabbalr.geojson")) {
            if (in == null) {
                throw new IllegalStateException("communes-cabbalr.geojson not on the classpath");
            }
            List<Commune> communes = new ArrayList<>();
            for (JsonNode feature : JSON.readTree(in).get("features")) {
                JsonNode p = feature.get("properties");
                communes.add(new Commune(
                        p.get("code").asString(),
                        p.get("name").asString(),
                        p.get("postalCodes").get(0).asString(),
                        p.get("centroid").get(0).asDouble(),
                        p.get("centroid").get(1).asDouble(),
                        p.path("population").asInt(1)));
            }
            return communes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
