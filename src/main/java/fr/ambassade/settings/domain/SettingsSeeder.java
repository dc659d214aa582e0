package fr.ambassade.settings.domain;

import fr.ambassade.config.AmbassadeProperties;
import fr.ambassade.settings.ColourPair;
import fr.ambassade.settings.Contact;
import fr.ambassade.shared.MultilingualText;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First start: creates the destination when none exists. With demo data, the Béthune-Bruay demo
 * (brand "BB pour les intimes", its values, grid and charter, written for the demo after the case
 * study); otherwise a neutral destination for the director to configure. Idempotent.
 */
@Component
@Order(20)
class SettingsSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SettingsSeeder.class);

    private final SettingsService settings;
    private final AmbassadeProperties properties;
    private final Environment environment;
    private final TransactionTemplate transaction;

    SettingsSeeder(
            SettingsService settings,
            AmbassadeProperties properties,
            Environment environment,
            PlatformTransactionManager transactions) {
        this.settings = settings;
        this.properties = properties;
        this.environment = environment;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        // one transaction: a start interrupted halfway leaves nothing, and the next start seeds again
        transaction.executeWithoutResult(status -> seed());
    }

    private void seed() {
        if (settings.isConfigured()) {
            return;
        }
        if (demoData()) {
            seedDemo();
            log.info("Seeded the demo destination (BB pour les intimes)");
        } else {
            settings.initialise(
                    new GeneralSettings(
                            "Office de tourisme",
                            "Office de tourisme",
                            MultilingualText.empty(),
                            new Contact(null, null, null, null),
                            List.of("fr", "en", "nl"),
                            properties.defaultTimeZone(),
                            new BigDecimal("60"),
                            36),
                    DEFAULT_COLOURS,
                    DEFAULT_ACCENT);
            log.info("Created a default destination: the director configures it in /admin/settings");
        }
    }

    private boolean demoData() {
        return fr.ambassade.config.RunMode.demoData(properties, environment);
    }

    static final ColourPair DEFAULT_COLOURS = new ColourPair("#1d1d1b", "#ffffff");
    static final ColourPair DEFAULT_ACCENT = new ColourPair("#ffffff", "#8a1538");

    void seedDemo() {
        settings.initialise(
                new GeneralSettings(
                        "Office de Tourisme de Béthune-Bruay",
                        "BB pour les intimes",
                        MultilingualText.of(
                                "Béthune-Bruay, le Bassin minier côté cœur : nos amBBassadeurs vous reçoivent comme des intimes.",
                                "Béthune-Bruay, the mining basin from the heart: our amBBassadors welcome you as close friends.",
                                "Béthune-Bruay, het mijnbekken met een warm hart: onze amBBassadeurs ontvangen u als goede vrienden."),
                        new Contact(
                                "accueil@demo.ambassade.test",
                                "+33 3 21 00 00 00",
                                "Place du Beffroi, 62400 Béthune",
                                "https://www.tourisme-bethune-bruay.fr"),
                        List.of("fr", "en", "nl"),
                        properties.defaultTimeZone(),
                        new BigDecimal("60"),
                        36),
                DEFAULT_COLOURS,
                DEFAULT_ACCENT);

        settings.addValue(
                "accueil",
                MultilingualText.of("L'accueil comme chez soi", "Welcome as if at home", "Welkom alsof u thuis bent"),
                MultilingualText.of(
                        "Ici, on reçoit le visiteur comme un intime : un sourire, du temps, l'attention portée à chacun.",
                        "Here, visitors are received like close friends: a smile, time to talk, attention to each person.",
                        "Hier ontvangen we bezoekers als goede vrienden: een glimlach, tijd en aandacht voor iedereen."));
        settings.addValue(
                "authenticite",
                MultilingualText.of("L'authenticité", "Authenticity", "Echtheid"),
                MultilingualText.of(
                        "Des lieux, des produits et des savoir-faire vrais, qui disent d'où ils viennent et qui les fait.",
                        "Genuine places, products and skills that tell where they come from and who makes them.",
                        "Echte plekken, producten en vakmanschap die vertellen waar ze vandaan komen en wie ze maakt."));
        settings.addValue(
                "partage",
                MultilingualText.of("Le partage du territoire", "Sharing the territory", "Het gebied delen"),
                MultilingualText.of(
                        "Nos amBBassadeurs racontent le Bassin minier et orientent vers les autres adresses du réseau.",
                        "Our amBBassadors tell the story of the mining basin and point visitors to the rest of the network.",
                        "Onze amBBassadeurs vertellen het verhaal van het mijnbekken en verwijzen naar de rest van het netwerk."));
        settings.addValue(
                "fierte",
                MultilingualText.of("La fierté d'ici", "Local pride", "Trots op de streek"),
                MultilingualText.of(
                        "Fiers de l'histoire minière et de ce que le territoire devient, sans complexe et avec humour.",
                        "Proud of the mining history and of what the area is becoming, with confidence and humour.",
                        "Trots op de mijngeschiedenis en op wat de streek wordt, zelfbewust en met humor."));
        settings.addValue(
                "engagement",
                MultilingualText.of("L'engagement", "Commitment", "Betrokkenheid"),
                MultilingualText.of(
                        "S'impliquer dans la vie du réseau et agir pour un tourisme local, durable et accessible.",
                        "Taking part in the network and working for local, sustainable and accessible tourism.",
                        "Meedoen aan het netwerk en werken aan lokaal, duurzaam en toegankelijk toerisme."));

        settings.writeGrid(
                0,
                List.of(
                        criterion(
                                "accueil",
                                3,
                                true,
                                "Le visiteur est accueilli personnellement, avec disponibilité et bienveillance",
                                "Visitors are welcomed personally, with time and kindness",
                                "Bezoekers worden persoonlijk, met tijd en vriendelijkheid ontvangen"),
                        criterion(
                                "accueil",
                                2,
                                false,
                                "L'accueil est possible en anglais ou en néerlandais",
                                "Visitors can be welcomed in English or Dutch",
                                "Bezoekers kunnen in het Engels of Nederlands worden ontvangen"),
                        criterion(
                                "accueil",
                                1,
                                false,
                                "Les besoins particuliers (handicap, familles, cyclistes) sont anticipés",
                                "Special needs (disability, families, cyclists) are anticipated",
                                "Er wordt rekening gehouden met bijzondere behoeften (handicap, gezinnen, fietsers)"),
                        criterion(
                                "authenticite",
                                3,
                                true,
                                "L'offre met en valeur des produits, savoir-faire ou lieux du territoire",
                                "The offer showcases products, skills or places of the territory",
                                "Het aanbod zet producten, vakmanschap of plekken uit de streek in de kijker"),
                        criterion(
                                "authenticite",
                                2,
                                false,
                                "La personne qui porte l'activité raconte son histoire et son métier",
                                "The person behind the business tells their story and their craft",
                                "De persoon achter het bedrijf vertelt over zijn verhaal en vak"),
                        criterion(
                                "partage",
                                2,
                                true,
                                "Le prestataire connaît et recommande d'autres adresses du territoire",
                                "The provider knows and recommends other places of the territory",
                                "De aanbieder kent andere adressen in de streek en raadt ze aan"),
                        criterion(
                                "partage",
                                1,
                                false,
                                "La documentation et les conseils de l'Office sont à disposition des visiteurs",
                                "The tourist office's brochures and tips are available to visitors",
                                "Folders en tips van het toeristenbureau liggen klaar voor bezoekers"),
                        criterion(
                                "fierte",
                                2,
                                false,
                                "Le patrimoine minier et l'identité locale sont présents dans l'expérience proposée",
                                "Mining heritage and local identity are part of the experience",
                                "Mijnerfgoed en lokale identiteit maken deel uit van de beleving"),
                        criterion(
                                "engagement",
                                2,
                                false,
                                "Des gestes concrets en faveur de l'environnement sont en place",
                                "Concrete steps for the environment are in place",
                                "Er zijn concrete maatregelen voor het milieu"),
                        criterion(
                                "engagement",
                                1,
                                false,
                                "Le prestataire est prêt à participer aux rencontres du réseau",
                                "The provider is willing to take part in network meetings",
                                "De aanbieder wil deelnemen aan netwerkbijeenkomsten")));

        settings.writeCharter(
                0,
                List.of(
                        MultilingualText.of(
                                "Accueillir chaque visiteur comme un intime, avec attention et disponibilité.",
                                "Welcome every visitor as a close friend, with attention and time.",
                                "Elke bezoeker ontvangen als een goede vriend, met aandacht en tijd."),
                        MultilingualText.of(
                                "Faire découvrir le territoire et recommander les autres amBBassadeurs.",
                                "Help visitors discover the territory and recommend the other amBBassadors.",
                                "Bezoekers de streek laten ontdekken en de andere amBBassadeurs aanbevelen."),
                        MultilingualText.of(
                                "Proposer une offre sincère, qui met en valeur les produits et savoir-faire locaux.",
                                "Offer a sincere experience that showcases local products and skills.",
                                "Een eerlijk aanbod doen dat lokale producten en vakmanschap in de kijker zet."),
                        MultilingualText.of(
                                "Participer au moins une fois par an à une rencontre ou formation du réseau.",
                                "Take part in at least one network meeting or training each year.",
                                "Minstens één keer per jaar deelnemen aan een netwerkbijeenkomst of opleiding."),
                        MultilingualText.of(
                                "Tenir à jour sa fiche et ses expériences, et afficher la marque BB pour les intimes.",
                                "Keep one's profile and experiences up to date, and display the BB pour les intimes brand.",
                                "Het eigen profiel en de belevingen actueel houden en het merk BB pour les intimes tonen."),
                        MultilingualText.of(
                                "Agir pour un tourisme durable et accessible au plus grand nombre.",
                                "Work for tourism that is sustainable and accessible to as many people as possible.",
                                "Werken aan toerisme dat duurzaam en voor zoveel mogelijk mensen toegankelijk is.")));
    }

    private static CriterionDraft criterion(
            String value, int weight, boolean mandatory, String fr, String en, String nl) {
        return new CriterionDraft(value, MultilingualText.of(fr, en, nl), BigDecimal.valueOf(weight), mandatory);
    }
}
