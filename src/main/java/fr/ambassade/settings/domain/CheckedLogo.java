package fr.ambassade.settings.domain;

/** A logo that passed {@link LogoCheck}: re-encoded PNG/JPEG, or sanitised SVG. */
public record CheckedLogo(byte[] content, String mediaType) {}
