package fr.ambassade.settings.web;

import fr.ambassade.settings.Destination;
import org.springframework.web.multipart.MultipartFile;

/** A logo upload (checked by content in the domain, whatever its name or declared type). */
public class LogoForm {

    private long version;
    private MultipartFile logo;

    static LogoForm from(Destination d) {
        LogoForm f = new LogoForm();
        f.version = d.version();
        return f;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public MultipartFile getLogo() {
        return logo;
    }

    public void setLogo(MultipartFile logo) {
        this.logo = logo;
    }
}
