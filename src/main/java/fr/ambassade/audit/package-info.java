/** Append-only audit log of every decision and status change: who, when, which object, what, why, before → after. */
@org.springframework.modulith.ApplicationModule
package fr.ambassade.audit;
