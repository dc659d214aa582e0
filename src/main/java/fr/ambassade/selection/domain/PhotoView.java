package fr.ambassade.selection.domain;

import java.time.Instant;

/** A photo of an application as pages show it: the display size's dimensions, the thumbnail's for its tag. */
public record PhotoView(
        long id,
        long applicationId,
        String altText,
        String contentType,
        int width,
        int height,
        long bytes,
        int thumbWidth,
        int thumbHeight,
        Instant createdAt) {}
