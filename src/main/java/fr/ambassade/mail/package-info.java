/**
 * E-mails through an outbox: every e-mail is rendered and written in the same transaction as the change
 * that causes it, then delivered over SMTP by a sender (or kept in the outbox in the embedded mode).
 */
@org.springframework.modulith.ApplicationModule
package fr.ambassade.mail;
