package fr.ambassade.territory.web;

import fr.ambassade.config.AmbassadeProperties;
import fr.ambassade.shared.security.ActingUser;
import fr.ambassade.shared.web.Flash;
import fr.ambassade.territory.CommuneRef;
import fr.ambassade.territory.domain.TerritoryFeature;
import fr.ambassade.territory.domain.TerritoryFileException;
import fr.ambassade.territory.domain.TerritoryFileParser;
import fr.ambassade.territory.domain.TerritoryService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class TerritoryAdminController {

    private final TerritoryService territory;
    private final TerritoryFileParser parser;
    private final MessageSource messages;
    private final String tileUrl;
    private final String tileAttribution;
    private final Flash flash;

    TerritoryAdminController(
            TerritoryService territory,
            TerritoryFileParser parser,
            MessageSource messages,
            AmbassadeProperties properties,
            Flash flash) {
        this.territory = territory;
        this.parser = parser;
        this.messages = messages;
        this.tileUrl = properties.map().tileUrl();
        this.tileAttribution = properties.map().tileAttribution();
        this.flash = flash;
    }

    @GetMapping("/admin/territory")
    String page(Model model) {
        populate(model);
        return "territory/admin";
    }

    @PostMapping("/admin/territory/replace")
    String replace(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            List<TerritoryFeature> features = read(file);
            TerritoryService.Replacement done = territory.replace(features, ActingUser.nameOrSystem());
            flash.success(redirect, "territory.replace.success", done.communes(), done.joined(), done.left());
            return "redirect:/admin/territory";
        } catch (TerritoryFileException e) {
            // re-render with the reason beside the file field; the current territory is untouched
            response.setStatus(422);
            String reason = messages.getMessage(e.messageKey(), e.arguments(), locale);
            model.addAttribute(
                    "replaceError", messages.getMessage("territory.replace.refused", new Object[] {reason}, locale));
            populate(model);
            return "territory/admin";
        }
    }

    private List<TerritoryFeature> read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new TerritoryFileException("territory.file.error.empty");
        }
        if (file.getSize() > TerritoryFileParser.MAX_BYTES) {
            throw new TerritoryFileException(
                    "territory.file.error.tooLarge", TerritoryFileParser.MAX_BYTES / (1024 * 1024));
        }
        try (InputStream in = file.getInputStream()) {
            return parser.parse(in);
        } catch (IOException e) {
            throw new TerritoryFileException("territory.file.error.unreadable");
        }
    }

    private void populate(Model model) {
        List<CommuneRef> communes = territory.territoryCommunes();
        model.addAttribute("communes", communes);
        model.addAttribute(
                "totalPopulation",
                communes.stream()
                        .map(CommuneRef::population)
                        .filter(Objects::nonNull)
                        .mapToLong(Integer::longValue)
                        .sum());
        model.addAttribute("formerCount", territory.formerTerritoryCodes().size());
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        model.addAttribute("maxMegabytes", TerritoryFileParser.MAX_BYTES / (1024 * 1024));
    }
}
