package fr.ambassade.providers.importing.web;

import fr.ambassade.providers.importing.ImportKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The import form: a file to upload, or (administrators) a folder or file on the server. */
public class ImportForm {

    @NotNull
    private ImportKind kind = ImportKind.DATATOURISME;

    private boolean allCommunes;

    @Size(max = 1000)
    private String serverPath;

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }

    public boolean isAllCommunes() {
        return allCommunes;
    }

    public void setAllCommunes(boolean allCommunes) {
        this.allCommunes = allCommunes;
    }

    public String getServerPath() {
        return serverPath;
    }

    public void setServerPath(String serverPath) {
        this.serverPath = serverPath;
    }

    public boolean hasServerPath() {
        return serverPath != null && !serverPath.isBlank();
    }
}
