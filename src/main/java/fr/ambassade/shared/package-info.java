/**
 * Open module: value types (multilingual text, money, INSEE code, slug, paging), i18n, route security
 * contributions and search analysers used by every other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.ambassade.shared;
