package fr.ambassade.providers.importing.web;

import fr.ambassade.providers.importing.ImportAlreadyRunningException;
import fr.ambassade.providers.importing.ImportKind;
import fr.ambassade.providers.importing.ImportOptions;
import fr.ambassade.providers.importing.ImportRun;
import fr.ambassade.providers.importing.ImportRuns;
import fr.ambassade.providers.importing.ImportService;
import fr.ambassade.providers.importing.ServerFileImportRefusedException;
import fr.ambassade.shared.security.ActingUser;
import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ImportController {

    static final int HISTORY = 50;
    static final int ITEMS_SHOWN = 200;

    private final ImportService imports;
    private final ImportRuns runs;
    private final ImportReportCsv report;
    private final Flash flash;

    ImportController(ImportService imports, ImportRuns runs, ImportReportCsv report, Flash flash) {
        this.imports = imports;
        this.runs = runs;
        this.report = report;
        this.flash = flash;
    }

    @GetMapping("/admin/imports")
    String list(Model model) {
        if (!model.containsAttribute("importForm")) {
            model.addAttribute("importForm", new ImportForm());
        }
        // value → message key, for the form pieces (layout/forms :: radioGroup)
        Map<String, String> kindOptions = new LinkedHashMap<>();
        for (ImportKind k : ImportKind.values()) {
            kindOptions.put(k.name(), "ImportKind." + k.name());
        }
        model.addAttribute("kindOptions", kindOptions);
        model.addAttribute("runs", imports.recent(HISTORY));
        model.addAttribute("running", imports.running().orElse(null));
        return "providers/imports/list";
    }

    @PostMapping("/admin/imports")
    String start(
            @Valid @ModelAttribute("importForm") ImportForm form,
            BindingResult binding,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        boolean upload = file != null && !file.isEmpty();
        if (form.hasServerPath() && !ActingUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators import from a server folder");
        }
        if (!binding.hasErrors() && !upload && !form.hasServerPath()) {
            binding.rejectValue("serverPath", "providers.imports.form.fileMissing");
        }
        Path serverPath = null;
        if (!binding.hasErrors() && !upload) {
            serverPath = Path.of(form.getServerPath().strip());
            if (!serverPath.isAbsolute() || !Files.exists(serverPath)) {
                binding.rejectValue("serverPath", "providers.imports.form.pathMissing");
            }
        }
        if (binding.hasErrors()) {
            response.setStatus(422);
            return list(model);
        }
        ImportOptions options = new ImportOptions(form.isAllCommunes(), null);
        Path source;
        String sourceName;
        if (upload) {
            Files.createDirectories(imports.uploadDir());
            String extension = form.getKind() == ImportKind.CSV ? ".csv" : ".zip";
            source = imports.uploadDir().resolve(UUID.randomUUID() + extension);
            // the container streamed the upload to a temporary file; it is moved (or copied) next to the data
            file.transferTo(source);
            sourceName = displayName(file.getOriginalFilename(), extension);
        } else {
            source = serverPath;
            sourceName = serverPath.toString();
        }
        try {
            long id = imports.submit(
                    form.getKind(), source, sourceName, options, ActingUser.nameOrSystem(), upload, null);
            flash.success(redirect, "providers.imports.started", sourceName);
            return "redirect:/admin/imports/" + id;
        } catch (ImportAlreadyRunningException e) {
            if (upload) {
                Files.deleteIfExists(source);
            }
            flash.error(redirect, "providers.imports.alreadyRunning");
            return "redirect:/admin/imports";
        }
    }

    private static String displayName(String original, String extension) {
        if (original == null || original.isBlank()) {
            return "import" + extension;
        }
        String name = Path.of(original.replace('\\', '/').replaceAll(".*/", ""))
                .getFileName()
                .toString();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    @GetMapping("/admin/imports/{id}")
    String detail(@PathVariable long id, Model model) {
        ImportRun run = imports.run(id);
        model.addAttribute("run", run);
        // a file of the server's disk is read for administrators only
        model.addAttribute("mayRerun", ActingUser.hasRole(Role.ADMIN) || !imports.readsServerDisk(run));
        model.addAttribute("items", runs.items(id, ITEMS_SHOWN));
        model.addAttribute("itemCount", runs.itemCount(id));
        model.addAttribute("itemsShown", ITEMS_SHOWN);
        return "providers/imports/detail";
    }

    /** The progress block alone, polled by htmx while the run goes on. */
    @GetMapping("/admin/imports/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("run", imports.run(id));
        return "providers/imports/detail :: progress";
    }

    @PostMapping("/admin/imports/{id}/rerun")
    String rerun(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            long newId = imports.rerun(id, ActingUser.nameOrSystem(), ActingUser.hasRole(Role.ADMIN));
            return "redirect:/admin/imports/" + newId;
        } catch (ImportAlreadyRunningException e) {
            flash.error(redirect, "providers.imports.alreadyRunning");
        } catch (ServerFileImportRefusedException e) {
            throw new AccessDeniedException(e.getMessage());
        } catch (IllegalStateException e) {
            flash.error(redirect, "providers.imports.cannotRerun");
        }
        return "redirect:/admin/imports/" + id;
    }

    @GetMapping("/admin/imports/{id}/report.csv")
    void reportCsv(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        ImportRun run = imports.run(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("import-" + id + "-report.csv")
                        .build()
                        .toString());
        report.write(run, locale, response.getOutputStream());
    }

    @GetMapping("/admin/imports/csv-template.csv")
    ResponseEntity<byte[]> csvTemplate() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("modele-import-prestataires.csv")
                                .build()
                                .toString())
                .body(ImportService.csvTemplate());
    }
}
