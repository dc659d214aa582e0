package fr.ambassade.selection.web;

import fr.ambassade.selection.domain.ApplicationPhotos;
import java.time.Duration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Sends an application's photo (display size or thumbnail) from the data directory to its candidate and to staff;
 * anyone else signed in gets 404, as for the file itself (the service decides). Cached privately only: the browser of
 * the person who may see it, never a shared cache.
 */
@Controller
class ApplicationPhotoController {

    static final String PHOTO = CandidateController.BASE + "/{id:\\d+}/photos/{photoId:\\d+}";
    static final String THUMBNAIL = PHOTO + "/vignette";

    private final ApplicationPhotos photos;

    ApplicationPhotoController(ApplicationPhotos photos) {
        this.photos = photos;
    }

    @GetMapping(PHOTO)
    ResponseEntity<Resource> display(@PathVariable long id, @PathVariable long photoId) {
        return send(photos.file(id, photoId, false));
    }

    @GetMapping(THUMBNAIL)
    ResponseEntity<Resource> thumbnail(@PathVariable long id, @PathVariable long photoId) {
        return send(photos.file(id, photoId, true));
    }

    private static ResponseEntity<Resource> send(ApplicationPhotos.PhotoFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.length())
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(new FileSystemResource(file.path()));
    }
}
