/** Users, roles, login, password reset, invitations, establishment access checks, and the security rules. */
@org.springframework.modulith.ApplicationModule
package fr.ambassade.accounts;
