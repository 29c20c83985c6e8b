/**
 * The item catalogue's domain (事项清单): an item, its versions (draft → published → superseded / withdrawn) and the
 * named policies a version must satisfy. No Spring, no HTTP. A named interface of the catalogue module because the
 * applications feature reads what a published version carries (materials, process, limits) through
 * {@link org.citizenhub.hall.catalogue.PublishedItems}.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.citizenhub.hall.catalogue.domain;
