/**
 * Installation and operations: settings ({@link fr.ambassade.config.AmbassadeProperties}), the run mode
 * ({@link fr.ambassade.config.RunMode}: embedded PostgreSQL or an external server, demo data or not), the embedded
 * PostgreSQL's life cycle, start-up validation with clear messages, health and request ids in the logs.
 */
@org.springframework.modulith.ApplicationModule
package fr.ambassade.config;
