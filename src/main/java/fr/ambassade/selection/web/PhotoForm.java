package fr.ambassade.selection.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * A photo added to an application: the file (checked by its content in the domain, whatever its name or declared
 * type; a file is not kept between two requests) and its alternative text (kept when the photo is refused).
 */
public class PhotoForm {

    private MultipartFile file;
    private String altText;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }
}
