package fr.ambassade.selection.domain;

import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.ApplicationTransitionRefused;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.RefusedChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The photos of an application: at most {@link #MAX_PHOTOS}, each checked and re-encoded by {@link PhotoCheck}, with
 * a mandatory alternative text. The candidate (or staff for them) adds and removes them while the application is a
 * DRAFT, as for the rest of the file; after submission they are read-only. Only the candidate of the file (its
 * applicant, or a manager of its establishment) and staff may see them; anyone else gets 404. Each addition and
 * removal is audited on the application.
 */
@Service
public class ApplicationPhotos {

    public static final int MAX_PHOTOS = 6;

    private final ApplicationRepository applications;
    private final ApplicationService applicationService;
    private final ApplicationChanges changes;
    private final ApplicationPhotoRepository photos;
    private final PhotoFiles files;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    ApplicationPhotos(
            ApplicationRepository applications,
            ApplicationService applicationService,
            ApplicationChanges changes,
            ApplicationPhotoRepository photos,
            PhotoFiles files,
            AuditLog audit,
            TransactionTemplate tx) {
        this.applications = applications;
        this.applicationService = applicationService;
        this.changes = changes;
        this.photos = photos;
        this.files = files;
        this.audit = audit;
        this.tx = tx;
    }

    /** A photo's file to send: where it is, its type and its length. */
    public record PhotoFile(Path path, String contentType, long length) {}

    /** The application's photos in the order they were added (404 for anyone but its candidate and staff). */
    @Transactional(readOnly = true)
    public List<PhotoView> of(long applicationId) {
        Application a = changes.load(applicationId);
        applicationService.requireCandidateOrStaff(a);
        return photos.findByApplicationIdOrderByIdAsc(applicationId).stream()
                .map(ApplicationPhoto::view)
                .toList();
    }

    /**
     * Adds a photo to a draft. Refused beside its field: {@code altText} blank or too long; {@code file} when the
     * application has {@link #MAX_PHOTOS} photos already, or when {@link PhotoCheck} refuses the content. The
     * rules that need no decoding are checked first, the image is decoded outside the transaction, then the rules
     * are checked again under the application's row lock (two uploads at once cannot make a seventh photo).
     */
    public PhotoView add(long applicationId, String altText, byte[] content) {
        tx.executeWithoutResult(s -> requireMayAdd(changes.load(applicationId)));
        String alt = ApplicationPhoto.requireAlt(altText);
        PhotoCheck.CheckedPhoto checked = PhotoCheck.check(content);
        return tx.execute(s -> {
            Application a = lock(applicationId);
            requireMayAdd(a);
            ApplicationPhoto photo = photos.saveAndFlush(
                    new ApplicationPhoto(applicationId, alt, checked, changes.actor(), Instant.now()));
            files.write(applicationId, photo.getId(), checked);
            audited(a, "PHOTO_ADDED", null, photo.getId());
            return photo.view();
        });
    }

    /** Removes a photo of a draft (404 when it is not one of this application's). */
    @Transactional
    public void remove(long applicationId, long photoId) {
        Application a = lock(applicationId);
        applicationService.requireCandidateOrStaff(a);
        requireDraft(a);
        ApplicationPhoto photo = photos.findByIdAndApplicationId(photoId, applicationId)
                .orElseThrow(() -> new NotFoundException("photo " + photoId));
        photos.delete(photo);
        photos.flush();
        files.deleteAfterCommit(applicationId, photoId, photo.extension());
        audited(a, "PHOTO_REMOVED", photoId, null);
    }

    /** The display size of a photo, or its thumbnail, for its candidate and staff only (404 for anyone else). */
    @Transactional(readOnly = true)
    public PhotoFile file(long applicationId, long photoId, boolean thumbnail) {
        Application a = changes.load(applicationId);
        applicationService.requireCandidateOrStaff(a);
        ApplicationPhoto photo = photos.findByIdAndApplicationId(photoId, applicationId)
                .orElseThrow(() -> new NotFoundException("photo " + photoId));
        Path path = files.path(
                applicationId,
                photoId,
                thumbnail ? PhotoFiles.Variant.THUMBNAIL : PhotoFiles.Variant.DISPLAY,
                photo.extension());
        if (!Files.isRegularFile(path)) {
            throw new NotFoundException("photo file " + path);
        }
        return new PhotoFile(path, photo.getContentType(), path.toFile().length());
    }

    /** Erases every photo of the application, rows now and files after commit (personal data retention). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public int eraseAll(long applicationId) {
        List<ApplicationPhoto> all = photos.findByApplicationIdOrderByIdAsc(applicationId);
        photos.deleteAll(all);
        photos.flush();
        files.deleteAllAfterCommit(applicationId);
        return all.size();
    }

    private Application lock(long applicationId) {
        return applications
                .lockById(applicationId)
                .orElseThrow(() -> new NotFoundException("application " + applicationId));
    }

    private void requireMayAdd(Application a) {
        applicationService.requireCandidateOrStaff(a);
        requireDraft(a);
        if (photos.countByApplicationId(a.getId()) >= MAX_PHOTOS) {
            throw RefusedChange.onField(PhotoCheck.FIELD, "selection.photo.error.tooMany", MAX_PHOTOS);
        }
    }

    private static void requireDraft(Application a) {
        if (a.getState() != ApplicationState.DRAFT) {
            throw new ApplicationTransitionRefused(a.getState(), "EDIT", "selection.refused.edit");
        }
    }

    private void audited(Application a, String action, Long before, Long after) {
        AuditRecord r =
                AuditRecord.of(ApplicationChanges.AUDIT_TYPE, a.getId(), action).change("photo", before, after);
        if (a.getProviderId() != null) {
            r = r.forEstablishment(a.getProviderId());
        }
        audit.record(r);
    }
}
