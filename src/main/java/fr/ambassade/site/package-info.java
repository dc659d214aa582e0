/** The public site: home page and, later, experiences, ambassadors, map. */
@org.springframework.modulith.ApplicationModule
package fr.ambassade.site;
